package org.tnracademy.core.regrade;

import org.tnracademy.exercises.ProblemMessage;

/**
 * A key that is not valid YAML (or not a mapping): where it goes wrong, why in English (logs), and
 * the same as a code with arguments, which the interface words in the reader's language.
 */
public class KeyYamlException extends RuntimeException {

    private final int line;
    private final int column;
    private final String reason;
    private final transient ProblemMessage problem;

    public KeyYamlException(int line, int column, String reason, ProblemMessage problem) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    public ProblemMessage problem() {
        return problem;
    }
}
