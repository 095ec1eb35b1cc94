package org.tnracademy.core.grading;

/** The learners who attempted an exercise version, and their attempts (graded or pending). */
public record AttemptedBy(int learners, int attempts) {
}
