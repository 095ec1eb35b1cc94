package org.tnracademy.exercises.calibration;

/**
 * Whether an exercise asks for a confidence and how much the calibration counts.
 *
 * @param ask    null when no confidence is asked
 * @param weight share of the final score the calibration makes, in [0, {@link #MAX_WEIGHT}]; 0 shows
 *               the calibration without counting it
 */
public record ConfidencePolicy(ConfidenceAsk ask, double weight) {

    /** At most half the grade: the detection work itself always counts for more than the claim about it. */
    public static final double MAX_WEIGHT = 0.5;

    public static final ConfidencePolicy NOT_ASKED = new ConfidencePolicy(null, 0);

    public ConfidencePolicy {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("confidence weight must be in [0, " + MAX_WEIGHT + "], was " + weight);
        }
        if (ask == null && weight != 0) {
            throw new IllegalArgumentException("a confidence weight needs a confidence asked");
        }
    }

    public boolean asked() {
        return ask != null;
    }

    /** Whether the calibration is part of the final score. */
    public boolean counts() {
        return ask != null && weight > 0;
    }

    /** The final score: the grader's score, blended with the calibration when it counts. */
    public double blend(double score, Double calibration) {
        if (!counts() || calibration == null) {
            return score;
        }
        return (1 - weight) * score + weight * calibration;
    }
}
