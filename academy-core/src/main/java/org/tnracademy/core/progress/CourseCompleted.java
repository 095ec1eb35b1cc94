package org.tnracademy.core.progress;

import java.time.Instant;

/**
 * Published inside the transaction of a step (a lesson read, an exercise graded) after which the
 * learner's course is complete: every lesson read, every exercise graded. A later step of a
 * complete course publishes it again, so a listener treats it as "is complete", once per learner
 * and course.
 *
 * @param score  the course score in [0, 1], as the certificate counts it
 * @param passed whether that score reaches the course's pass mark
 */
public record CourseCompleted(long learnerId, long courseId, double score, boolean passed, Instant completedAt) {
}
