package org.tnracademy.core.regrade;

/**
 * One graded attempt in a regrade: its score against the key it was graded with, and against the
 * new key (both after the hint penalty stored with the attempt).
 */
public record RegradeLine(long attemptId, long learnerId, String learnerName, int attemptNumber, int oldKeyVersion,
                          double oldScore, double newScore) {

    /** New score less old score: positive when the learner gains. */
    public double change() {
        return newScore - oldScore;
    }

    public boolean changed() {
        return Double.compare(newScore, oldScore) != 0;
    }
}
