package org.tnracademy.core.packs;

import org.tnracademy.exercises.ProblemMessage;

/**
 * One thing wrong in a pack: the file, the line when known (0 when not), the reason in English
 * (logs, the command line), the field inside the file when known (such as
 * {@code spec.labels[1].id}, else null), and the problem as a code with arguments, which the
 * interface words in the reader's language.
 */
public record PackProblem(String file, int line, String reason, String field, ProblemMessage message) {

    /**
     * A problem with only its English sentence, as tests expect it. Main code gives every problem a
     * code with arguments: {@code ProblemCodesTest} fails on a call from it.
     */
    public PackProblem(String file, int line, String reason) {
        this(file, line, reason, null, ProblemMessage.unworded(reason));
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
