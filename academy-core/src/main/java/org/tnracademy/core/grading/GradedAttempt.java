package org.tnracademy.core.grading;

import java.time.Instant;

import org.tnracademy.exercises.GradeResult;

/**
 * A stored attempt with what the learner may see of it.
 *
 * @param score       the score after hint penalties; null while pending
 * @param rawScore    the grader's score before hint penalties; null while pending
 * @param hintPenalty the share of the score lost to hints taken before the attempt
 * @param result      the type's result (cast to its {@code resultType()}); null while pending
 * @param repeated    true when this answers a second click on the same submission: nothing new was stored
 * @param regradedAt  when a regrade after an answer-key change last replaced the grade; null if never
 * @param keyWithheld true when {@code result} is {@link GradeResult#withheld() withheld}: the learner still
 *                    has an attempt left, or the version is no longer current
 * @param calibration what the learner's confidence came to; null when none was asked or given, or pending
 */
public record GradedAttempt(long attemptId, long exerciseId, int exerciseVersion, int keyVersion, int attemptNumber,
                            int maxAttempts, AttemptStatus status, Double score, Double rawScore, double hintPenalty,
                            GradeResult result, Instant startedAt, Instant submittedAt, boolean repeated,
                            Instant regradedAt, boolean keyWithheld, AttemptCalibration calibration) {

    /** The same attempt with another result, such as the withheld one a learner may see. */
    GradedAttempt withResult(GradeResult shown, boolean withheld) {
        return new GradedAttempt(attemptId, exerciseId, exerciseVersion, keyVersion, attemptNumber, maxAttempts, status,
                score, rawScore, hintPenalty, shown, startedAt, submittedAt, repeated, regradedAt, withheld, calibration);
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptNumber);
    }

    public boolean pending() {
        return status == AttemptStatus.PENDING;
    }

    /** The result as the type's record, for a view that knows which type it shows. */
    public <R extends GradeResult> R result(Class<R> type) {
        return type.cast(result);
    }
}
