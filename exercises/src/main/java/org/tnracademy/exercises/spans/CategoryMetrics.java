package org.tnracademy.exercises.spans;

/**
 * How well one category was found, under overlap matching: support is the number of key spans of
 * the category, so a cohort manager can see which kind of personal data analysts miss.
 */
public record CategoryMetrics(String category, int support, int truePositives, int falsePositives,
                              int falseNegatives, double precision, double recall, double f1) {
}
