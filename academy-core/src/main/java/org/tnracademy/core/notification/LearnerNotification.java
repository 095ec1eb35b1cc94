package org.tnracademy.core.notification;

import java.time.Instant;
import java.time.LocalDate;

import org.tnracademy.exercises.LocalizedText;

/**
 * A notification as its learner reads it; the view words it from the kind.
 *
 * @param title  the exercise's or course's title
 * @param target what the notification leads to; null when nothing
 * @param score  the grade for {@link NotificationKind#GRADE_ARRIVED}, in [0, 1]; else null
 * @param dueOn  the due date for {@link NotificationKind#DUE_SOON} and {@link NotificationKind#COURSE_ASSIGNED}; else null
 */
public record LearnerNotification(long id, NotificationKind kind, LocalizedText title, Target target, long targetId,
                                  Double score, LocalDate dueOn, Instant createdAt, boolean read) {

    public enum Target { EXERCISE, COURSE }
}
