package org.tnracademy.core.regrade;

import java.util.List;

import org.tnracademy.exercises.SpecProblem;

/** A regrade (dry run or apply) that did nothing, with the reason and, where there are any, the problems with their paths. */
public class RegradeRefusedException extends RuntimeException {

    public enum Reason {
        /** No exercise with that id. */
        UNKNOWN_EXERCISE,
        /** Written analyses are graded by instructors against a rubric, not by a key. */
        NOT_GRADED_BY_KEY,
        /** The key does not fit the exercise: every problem with its path. */
        INVALID_KEY,
        /** Stored answers that the new key cannot grade (such as an item the key no longer has). */
        ANSWERS_DO_NOT_FIT,
        /** The attempts or the key changed since the dry run: run it again. */
        STALE_PREVIEW
    }

    private final Reason reason;
    private final transient List<SpecProblem> problems;

    public RegradeRefusedException(Reason reason, String message, List<SpecProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
