package org.tnracademy.core.grading;

/**
 * Published when an instructor graded a pending attempt (a written analysis): unlike a machine
 * grade, it arrives while the learner is elsewhere, so they are told (see the notification feature).
 */
public record InstructorGraded(long attemptId, long learnerId, long exerciseId, double score) {
}
