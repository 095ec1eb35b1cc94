package org.tnracademy.core.grading;

/**
 * Published inside the transaction that stores an attempt, graded or pending alike: what the learner
 * was still working on is now submitted (their answer draft goes with it, all or nothing).
 */
public record AnswerSubmitted(long attemptId, long learnerId, long exerciseId) {
}
