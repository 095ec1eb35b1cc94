package org.tnracademy.exercises.estimate;

/**
 * How credit falls between the tolerance (full credit) and the zero-credit error (none). With
 * x = (error - tolerance) / (zeroCredit - tolerance) in [0, 1]:
 * linear gives 1 - x; exponential gives (e^(-3x) - e^(-3)) / (1 - e^(-3)), which drops fast near the
 * answer (half credit at x = 0.21) yet still reaches exactly 0 at the zero-credit error.
 */
public enum Decay {
    LINEAR, EXPONENTIAL;

    static final double STEEPNESS = 3.0;

    /** Credit in [0, 1] for an error; tolerance < zeroCredit. */
    public double credit(double error, double tolerance, double zeroCredit) {
        if (error <= tolerance) {
            return 1.0;
        }
        if (error >= zeroCredit) {
            return 0.0;
        }
        double x = (error - tolerance) / (zeroCredit - tolerance);
        double credit = switch (this) {
            case LINEAR -> 1.0 - x;
            case EXPONENTIAL -> (Math.exp(-STEEPNESS * x) - Math.exp(-STEEPNESS)) / (1.0 - Math.exp(-STEEPNESS));
        };
        return Math.clamp(credit, 0.0, 1.0);
    }
}
