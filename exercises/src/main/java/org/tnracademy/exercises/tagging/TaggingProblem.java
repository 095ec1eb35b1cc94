package org.tnracademy.exercises.tagging;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a tagging spec beyond the shared checks. */
public enum TaggingProblem implements ProblemCode {
    /** {0} the credit given, not at least 0 and below 1. */
    SAME_TACTIC_CREDIT,
    /** {0} the value, not a technique id. */
    TECHNIQUE_ID,
    /** {0} the value, not a tactic id. */
    TACTIC_ID;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.tagging.", this);
    }
}
