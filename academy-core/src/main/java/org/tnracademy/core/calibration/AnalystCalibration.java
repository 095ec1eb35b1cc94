package org.tnracademy.core.calibration;

/**
 * One analyst of a cohort and how their claims matched their results on the cohort's exercises.
 *
 * @param claims         how many confidences they gave
 * @param meanConfidence mean confidence, in [0, 1]
 * @param meanAccuracy   mean outcome of those claims, in [0, 1]
 * @param calibration    1 - Brier score of their claims
 * @param overClaiming   whether {@link org.tnracademy.exercises.calibration.OverClaiming} flags them
 */
public record AnalystCalibration(long learnerId, String username, String displayName, int claims,
                                 double meanConfidence, double meanAccuracy, double calibration,
                                 boolean overClaiming) {

    /** Mean confidence minus mean accuracy: positive when they claim more than they get right. */
    public double overClaim() {
        return meanConfidence - meanAccuracy;
    }
}
