package org.tnracademy.core.grading;

import java.time.Instant;

/** One line of a learner's attempt history. */
public record AttemptSummary(long attemptId, int attemptNumber, double score, Instant submittedAt) {
}
