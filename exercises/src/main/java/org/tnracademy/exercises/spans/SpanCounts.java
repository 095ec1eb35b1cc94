package org.tnracademy.exercises.spans;

import org.tnracademy.exercises.Metrics;

/** Matched, extra and missed spans under one way of matching, with the precision, recall and F1 they give. */
public record SpanCounts(int truePositives, int falsePositives, int falseNegatives,
                         double precision, double recall, double f1) {

    static SpanCounts of(int truePositives, int falsePositives, int falseNegatives) {
        return new SpanCounts(truePositives, falsePositives, falseNegatives,
                Metrics.precision(truePositives, falsePositives), Metrics.recall(truePositives, falseNegatives),
                Metrics.f1(truePositives, falsePositives, falseNegatives));
    }
}
