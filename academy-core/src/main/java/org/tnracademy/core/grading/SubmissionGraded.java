package org.tnracademy.core.grading;

import java.time.Instant;

/** Published when an attempt has been stored with its grade; progress and gradebook follow it. */
public record SubmissionGraded(long attemptId, long learnerId, long exerciseId, int attemptNumber, double score,
                               Instant submittedAt) {
}
