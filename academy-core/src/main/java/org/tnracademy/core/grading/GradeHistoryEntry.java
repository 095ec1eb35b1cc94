package org.tnracademy.core.grading;

import java.time.Instant;

import org.tnracademy.exercises.GradeResult;

/**
 * One grade an attempt had before a regrade replaced it.
 *
 * @param oldScore    the score after the hint penalty, as the learner saw it
 * @param oldRawScore the grader's score before the hint penalty
 * @param oldResult   the type's result (per-item feedback) as the learner saw it
 */
public record GradeHistoryEntry(long attemptId, int oldKeyVersion, double oldScore, double oldRawScore,
                                GradeResult oldResult, int newKeyVersion, double newScore, Instant replacedAt,
                                String replacedBy) {
}
