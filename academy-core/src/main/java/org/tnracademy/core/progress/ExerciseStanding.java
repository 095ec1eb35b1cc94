package org.tnracademy.core.progress;

import java.time.Instant;

/**
 * A learner's standing on one exercise from its graded attempts (pending ones do not count).
 *
 * @param attempts the highest attempt number graded
 * @param score    the standing under the exercise's scoring policy (best, last or average)
 */
public record ExerciseStanding(long learnerId, long exerciseId, int attempts, double score, double bestScore,
                               double lastScore, int gradedAttempts, Instant lastAttemptAt) {
}
