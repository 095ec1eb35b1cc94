package org.tnracademy.exercises.labelling;

/**
 * Precision, recall and F1 of one label, with the counts they come from.
 *
 * @param support how many items have this label in the key (true positives + false negatives)
 * @see org.tnracademy.exercises.Metrics for the values when a count is 0
 */
public record LabelMetrics(String label, int support, int truePositives, int falsePositives, int falseNegatives,
                           double precision, double recall, double f1) {
}
