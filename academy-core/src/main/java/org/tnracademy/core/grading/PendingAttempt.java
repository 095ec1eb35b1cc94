package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.Map;

/**
 * A submission waiting for an instructor's grade, with the answer tree the learner sent.
 */
public record PendingAttempt(long attemptId, long exerciseId, int keyVersion, long learnerId, int attemptNumber,
                             Map<String, Object> answerTree, Instant submittedAt) {
}
