package org.tnracademy.exercises.spans;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a span-marking spec beyond the shared checks. */
public enum SpansProblem implements ProblemCode {
    /** {0} the minimum overlap given, not above 0 and at most 1. */
    MIN_OVERLAP;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.spans.", this);
    }
}
