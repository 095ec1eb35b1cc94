package org.tnracademy.core.gradebook;

import org.tnracademy.exercises.LocalizedText;

/** One exercise column of a cohort's gradebook: an exercise of a course assigned to the cohort. */
public record CohortColumn(long exerciseId, long courseId, LocalizedText title, String type, int maxAttempts) {
}
