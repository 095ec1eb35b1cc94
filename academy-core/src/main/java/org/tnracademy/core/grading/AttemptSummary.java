package org.tnracademy.core.grading;

import java.time.Instant;

/**
 * One line of a learner's attempt history.
 *
 * @param score null while the attempt is pending
 */
public record AttemptSummary(long attemptId, int attemptNumber, AttemptStatus status, Double score,
                             Instant submittedAt) {
}
