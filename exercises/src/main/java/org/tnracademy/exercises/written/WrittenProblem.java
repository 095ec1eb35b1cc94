package org.tnracademy.exercises.written;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a written-answer spec beyond the shared checks. */
public enum WrittenProblem implements ProblemCode {
    /** {0} the points another level is worth already. */
    POINTS_TWICE;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.written.", this);
    }
}
