package org.tnracademy.core.cohort;

import java.time.LocalDate;

/** A course assigned to a learner through a cohort, due on the cohort's last day. */
public record CourseDueDate(long courseId, String cohortName, LocalDate dueOn) {
}
