package org.tnracademy.exercises.labelling;

/** Precision, recall and F1 of one label, with the counts they come from. */
public record LabelMetrics(String label, int support, int truePositives, int falsePositives, int falseNegatives,
                           double precision, double recall, double f1) {
}
