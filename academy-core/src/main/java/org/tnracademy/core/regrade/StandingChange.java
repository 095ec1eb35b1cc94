package org.tnracademy.core.regrade;

/** A learner's standing on the exercise under its scoring policy (best, last or average), before and after. */
public record StandingChange(long learnerId, String learnerName, double before, double after) {

    public boolean changed() {
        return Double.compare(before, after) != 0;
    }
}
