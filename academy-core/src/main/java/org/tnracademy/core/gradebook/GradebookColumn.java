package org.tnracademy.core.gradebook;

import org.tnracademy.exercises.LocalizedText;

/** One exercise column of the gradebook. */
public record GradebookColumn(long exerciseId, LocalizedText title, int maxAttempts) {
}
