package org.tnracademy.core.progress;

import java.time.Instant;

/** Published inside the transaction that records a learner's first reading of a lesson. */
public record LessonMarkedRead(long learnerId, long lessonId, Instant readAt) {
}
