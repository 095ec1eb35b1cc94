package org.tnracademy.exercises.choice;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a choice key beyond the shared checks. */
public enum ChoiceProblem implements ProblemCode {
    /** {0} the correct options found in a single-choice question. */
    SINGLE_NEEDS_ONE_CORRECT,
    /** A multiple-choice question with no correct option. */
    MULTIPLE_NEEDS_A_CORRECT;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.choice.", this);
    }
}
