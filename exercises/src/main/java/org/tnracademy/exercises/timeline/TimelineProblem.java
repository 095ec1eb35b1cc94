package org.tnracademy.exercises.timeline;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a timeline key beyond the shared checks. */
public enum TimelineProblem implements ProblemCode {
    /** All events are timed at the same instant. */
    ALL_AT_ONE_INSTANT;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.timeline.", this);
    }
}
