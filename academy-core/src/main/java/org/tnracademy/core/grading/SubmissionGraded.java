package org.tnracademy.core.grading;

import java.time.Instant;
import org.tnracademy.core.policy.ScoringPolicy;


/**
 * Published when an attempt has its grade (at once for machine-graded types, when the instructor
 * grades for written analyses); progress and gradebook follow it with the exercise's scoring policy.
 */
public record SubmissionGraded(long attemptId, long learnerId, long exerciseId, int attemptNumber, double score,
                               Instant submittedAt, ScoringPolicy scoring) {
}
