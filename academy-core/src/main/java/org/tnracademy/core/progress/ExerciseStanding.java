package org.tnracademy.core.progress;

import java.time.Instant;

/** A learner's standing on one exercise: attempts used, best and last score (scoring policy: best). */
public record ExerciseStanding(long learnerId, long exerciseId, int attempts, double bestScore, double lastScore,
                               Instant lastAttemptAt) {
}
