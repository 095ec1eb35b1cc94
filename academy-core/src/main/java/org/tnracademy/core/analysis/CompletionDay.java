package org.tnracademy.core.analysis;

import java.time.LocalDate;

/**
 * Exercises completed on one day by a cohort: learner-exercise pairs first graded that day, and the
 * running total with its share of every pair possible.
 */
public record CompletionDay(LocalDate day, int completed, int cumulative, double shareComplete) {
}
