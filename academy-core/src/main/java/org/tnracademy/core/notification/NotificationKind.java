package org.tnracademy.core.notification;

/** What a notification tells a learner. */
public enum NotificationKind {
    /** An instructor graded a written analysis. */
    GRADE_ARRIVED,
    /** A regrade after an answer-key change replaced the learner's grades on an exercise. */
    GRADE_CHANGED,
    /** Enrolment in a cohort assigned a course. */
    COURSE_ASSIGNED,
    /** A cohort's due date for a course not yet complete is a week away or less. */
    DUE_SOON
}
