package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tnracademy.core.packs.PackProblem;

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

    void add(int line, String reason) {
        accept(new PackProblem(file, line, reason));
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
            out.add(new PackProblem(file, 0, "and " + more + " more problem" + (more == 1 ? "" : "s")
                    + " (fix these first and upload again)"));
        }
        return List.copyOf(out);
    }
}
