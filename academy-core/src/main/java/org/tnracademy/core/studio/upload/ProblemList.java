package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.exercises.ProblemCode;
import org.tnracademy.exercises.ProblemMessage;

/**
 * The problems of one uploaded file, all of them counted but only the first {@link #CAP} kept: a
 * broken file of 50,000 lines would otherwise list 50,000 problems nobody reads.
 */
final class ProblemList implements Consumer<PackProblem> {

    static final int CAP = 100;

    private final String file;
    private final List<PackProblem> kept = new ArrayList<>();
    private int count;

    ProblemList(String file) {
        this.file = file;
    }

    @Override
    public void accept(PackProblem problem) {
        count++;
        if (kept.size() < CAP) {
            kept.add(problem);
        }
    }

    /** A problem with its English reason (logs) and its code and arguments (the interface's words). */
    void add(int line, String reason, ProblemCode code, Object... args) {
        add(line, null, reason, ProblemMessage.of(code, args));
    }

    /** A problem of a field of the file, such as {@code items[2].label}, with words of its own. */
    void add(int line, String field, String reason, ProblemMessage message) {
        accept(new PackProblem(file, line, field == null ? reason : field + ": " + reason, field, message));
    }

    /** The file the problems are of. */
    String file() {
        return file;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    /** The kept problems in the order found, then "and N more problems" when some were left out. */
    List<PackProblem> list() {
        List<PackProblem> out = new ArrayList<>(kept);
        if (count > kept.size()) {
            int more = count - kept.size();
            String english = "and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " (fix these first and upload again)";
            out.add(new PackProblem(file, 0, english, null, ProblemMessage.of(UploadProblemCode.MORE_PROBLEMS, more)));
        }
        return List.copyOf(out);
    }
}
