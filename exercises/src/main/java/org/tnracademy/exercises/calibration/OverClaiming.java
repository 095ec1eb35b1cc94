package org.tnracademy.exercises.calibration;

/**
 * When an analyst claims more than they get right, as the cohort dashboard flags it: their mean
 * confidence exceeds their mean accuracy by more than {@link #THRESHOLD}, over at least
 * {@link #MIN_CLAIMS} claims (fewer say too little to single anyone out). The one place these
 * thresholds live; docs/calibration.md explains them.
 */
public final class OverClaiming {

    /** 15 percentage points: beyond the noise of a few lucky or unlucky items, a habit. */
    public static final double THRESHOLD = 0.15;
    /** Ten claims: an exercise with a confidence per item gives several, one per answer gives one. */
    public static final int MIN_CLAIMS = 10;

    private OverClaiming() {
    }

    public static boolean flags(Calibration c) {
        return c != null && c.points().size() >= MIN_CLAIMS && c.overClaim() > THRESHOLD;
    }
}
