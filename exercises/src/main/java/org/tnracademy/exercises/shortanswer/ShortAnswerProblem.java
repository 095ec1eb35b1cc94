package org.tnracademy.exercises.shortanswer;

import org.tnracademy.exercises.ProblemCode;

/** The problems of a short-answer key beyond the shared checks. */
public enum ShortAnswerProblem implements ProblemCode {
    /** A blank with neither an accepted answer nor a pattern. */
    NO_ACCEPTED_ANSWER,
    /** {0} the pattern, {1} the place (from 0) where it stops being a regular expression. */
    BAD_PATTERN;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.short-answer.", this);
    }
}
