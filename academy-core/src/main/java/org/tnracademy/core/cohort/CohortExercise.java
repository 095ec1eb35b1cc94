package org.tnracademy.core.cohort;

import org.tnracademy.exercises.LocalizedText;

/** An exercise of a course assigned to a cohort: a column of its gradebook, a subject of its analyses. */
public record CohortExercise(long exerciseId, long courseId, LocalizedText title, String type, int maxAttempts) {
}
