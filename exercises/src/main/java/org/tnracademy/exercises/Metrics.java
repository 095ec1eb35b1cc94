package org.tnracademy.exercises;

import java.util.Set;

/**
 * Scoring measures shared by the graders, from counts of true positives (tp), false positives (fp)
 * and false negatives (fn).
 *
 * <p>Conventions for the 0/0 cases, chosen so that every score is defined and nothing is earned by
 * saying nothing:
 * <ul>
 *   <li>precision with no prediction (tp + fp = 0) is 0;</li>
 *   <li>recall with nothing to find (tp + fn = 0) is 0;</li>
 *   <li>F-beta is 0 whenever tp = 0, including when all three counts are 0.</li>
 * </ul>
 * A grader that must not punish a class that is neither expected nor predicted leaves that class
 * out of its average instead of relying on a value here. Jaccard is the exception: two empty sets
 * agree perfectly, so it is 1.
 */
public final class Metrics {

    private Metrics() {
    }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public static double precision(int truePositives, int falsePositives) {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    /** tp / (tp + fn); 0 when nothing was expected. */
    public static double recall(int truePositives, int falseNegatives) {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 0.0 : (double) truePositives / expected;
    }

    /**
     * (1 + b²) tp / ((1 + b²) tp + b² fn + fp): recall weighs beta times as much as precision.
     * Computed from counts rather than from precision and recall, so it needs no special case
     * beyond tp = 0, where it is 0.
     */
    public static double fBeta(int truePositives, int falsePositives, int falseNegatives, double beta) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("beta must be a positive number, got " + beta);
        }
        if (truePositives == 0) {
            return 0.0;
        }
        double b2 = beta * beta;
        return (1 + b2) * truePositives / ((1 + b2) * truePositives + b2 * falseNegatives + falsePositives);
    }

    /** The harmonic mean of precision and recall: 2 tp / (2 tp + fp + fn); 0 when tp is 0. */
    public static double f1(int truePositives, int falsePositives, int falseNegatives) {
        if (truePositives == 0) {
            return 0.0;
        }
        return 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** |a ∩ b| / |a ∪ b|; two empty sets agree perfectly (1). */
    public static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<T> smaller = a.size() <= b.size() ? a : b;
        Set<T> larger = smaller == a ? b : a;
        int intersection = 0;
        for (T x : smaller) {
            if (larger.contains(x)) {
                intersection++;
            }
        }
        return (double) intersection / (a.size() + b.size() - intersection);
    }
}
