package org.tnracademy.exercises.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.ItemResponse;

/**
 * How well a set of claims matched their outcomes: the Brier score (mean squared gap between
 * confidence and outcome; 0 is perfect, 1 the worst), the calibration score {@code 1 - brier}, the
 * means of confidence and outcome (their gap is over-claiming when positive), and a reliability
 * curve of {@link #BINS} bins of equal width. See docs/calibration.md for worked examples.
 *
 * @param points every claim, in the order given
 */
public record Calibration(List<CalibrationPoint> points, double brier, double score, double meanConfidence,
                          double meanOutcome, List<ReliabilityBin> bins) {

    /** Five bins: 0-20 %, 20-40 %, 40-60 %, 60-80 %, 80-100 % (100 % falls in the last). */
    public static final int BINS = 5;

    public Calibration {
        points = List.copyOf(points);
        bins = List.copyOf(bins);
    }

    /** Mean confidence minus mean outcome: how much more is claimed than got right (negative: under-claiming). */
    public double overClaim() {
        return meanConfidence - meanOutcome;
    }

    /** The bin of a confidence; the margin keeps 0.8 (80/100.0) in the 80 % bin despite rounding. */
    public static int bin(double confidence) {
        return Math.clamp((int) Math.floor(confidence * BINS + 1e-9), 0, BINS - 1);
    }

    /** The calibration of these claims; null for none (nothing to score). */
    public static Calibration of(List<CalibrationPoint> points) {
        if (points.isEmpty()) {
            return null;
        }
        double squares = 0;
        double confidence = 0;
        double outcome = 0;
        int[] counts = new int[BINS];
        double[] binConfidence = new double[BINS];
        double[] binOutcome = new double[BINS];
        for (CalibrationPoint p : points) {
            double gap = p.confidence() - p.outcome();
            squares += gap * gap;
            confidence += p.confidence();
            outcome += p.outcome();
            int b = bin(p.confidence());
            counts[b]++;
            binConfidence[b] += p.confidence();
            binOutcome[b] += p.outcome();
        }
        int n = points.size();
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            bins.add(new ReliabilityBin((double) b / BINS, (double) (b + 1) / BINS, counts[b],
                    counts[b] == 0 ? null : binConfidence[b] / counts[b],
                    counts[b] == 0 ? null : binOutcome[b] / counts[b]));
        }
        double brier = squares / n;
        return new Calibration(points, brier, 1 - brier, confidence / n, outcome / n, bins);
    }

    /**
     * The claims of one graded answer: per answer, the one confidence against the answer's score
     * (a partly right answer came partly true, so the score in [0, 1] is its outcome); per item, each
     * item's confidence against its credit (1 or 0 for items marked right or wrong). Items given no
     * confidence make no claim.
     */
    public static List<CalibrationPoint> points(Confidence confidence, double score, List<ItemResponse> items) {
        List<CalibrationPoint> out = new ArrayList<>();
        if (confidence.answer() != null) {
            out.add(new CalibrationPoint(confidence.answer() / 100.0, score));
        }
        Map<String, Integer> byItem = confidence.items();
        if (!byItem.isEmpty()) {
            for (ItemResponse r : items) {
                Integer c = byItem.get(r.itemId());
                if (c != null) {
                    out.add(new CalibrationPoint(c / 100.0, r.credit()));
                }
            }
        }
        return out;
    }
}
