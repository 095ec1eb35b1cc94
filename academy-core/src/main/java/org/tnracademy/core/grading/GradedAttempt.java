package org.tnracademy.core.grading;

import java.time.Instant;

import org.tnracademy.exercises.labelling.LabellingResult;

/**
 * A stored attempt with the feedback the learner sees.
 *
 * @param repeated true when this answers a second click on the same submission: nothing new was stored
 */
public record GradedAttempt(long attemptId, long exerciseId, int attemptNumber, int maxAttempts, double score,
                            LabellingResult result, Instant submittedAt, boolean repeated) {

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptNumber);
    }
}
