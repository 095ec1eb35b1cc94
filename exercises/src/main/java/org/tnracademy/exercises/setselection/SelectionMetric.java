package org.tnracademy.exercises.setselection;

import java.util.Arrays;
import java.util.List;

import org.tnracademy.exercises.Metrics;

/** How a chosen set is scored against the key set. Both are 1 for the key set itself and 0 with no match. */
public enum SelectionMetric {
    /** 2 tp / (2 tp + fp + fn): the harmonic mean of precision and recall. */
    F1("f1"),
    /** tp / (tp + fp + fn): |key ∩ chosen| / |key ∪ chosen|, harsher on every mistake than F1. */
    JACCARD("jaccard");

    private final String id;

    SelectionMetric(String id) {
        this.id = id;
    }

    /** The name authors write in a spec. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SelectionMetric::id).toList();
    }

    /** The metric written {@code id}, or null when there is none. */
    public static SelectionMetric fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst().orElse(null);
    }

    public double score(int truePositives, int falsePositives, int falseNegatives) {
        return switch (this) {
            case F1 -> Metrics.f1(truePositives, falsePositives, falseNegatives);
            case JACCARD -> jaccard(truePositives, falsePositives, falseNegatives);
        };
    }

    /** From counts, so both metrics read the same numbers; 0 when nothing matched. */
    static double jaccard(int truePositives, int falsePositives, int falseNegatives) {
        int union = truePositives + falsePositives + falseNegatives;
        return union == 0 ? 0.0 : (double) truePositives / union;
    }
}
