package org.tnracademy.core.grading;

import org.tnracademy.exercises.GradeResult;

/** A learner's first graded attempt on an exercise, with the type's result as it was shown. */
public record FirstResult(long learnerId, int attemptNumber, double score, GradeResult result) {
}
