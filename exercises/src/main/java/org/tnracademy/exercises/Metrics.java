package org.tnracademy.exercises;

import java.util.Set;

/**
 * Scoring measures shared by the graders. Conventions for empty cases are explicit so a score is
 * always defined: a measure with nothing to measure is 0, except when nothing was expected and
 * nothing was given (perfect agreement, 1).
 */
public final class Metrics {

    private Metrics() {
    }

    /** tp / (tp + fp); 0 when nothing was claimed. */
    public static double precision(int truePositives, int falsePositives) {
        int claimed = truePositives + falsePositives;
        return claimed == 0 ? 0.0 : (double) truePositives / claimed;
    }

    /** tp / (tp + fn); 0 when nothing was expected. */
    public static double recall(int truePositives, int falseNegatives) {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 0.0 : (double) truePositives / expected;
    }

    /** F-beta from counts: (1 + b²) tp / ((1 + b²) tp + b² fn + fp); 0 when tp is 0. */
    public static double fBeta(int truePositives, int falsePositives, int falseNegatives, double beta) {
        if (truePositives == 0) {
            return 0.0;
        }
        double b2 = beta * beta;
        return (1 + b2) * truePositives / ((1 + b2) * truePositives + b2 * falseNegatives + falsePositives);
    }

    public static double f1(int truePositives, int falsePositives, int falseNegatives) {
        return fBeta(truePositives, falsePositives, falseNegatives, 1.0);
    }

    /** |a ∩ b| / |a ∪ b|; two empty sets agree perfectly (1). */
    public static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int intersection = 0;
        for (T x : a) {
            if (b.contains(x)) {
                intersection++;
            }
        }
        return (double) intersection / (a.size() + b.size() - intersection);
    }
}
