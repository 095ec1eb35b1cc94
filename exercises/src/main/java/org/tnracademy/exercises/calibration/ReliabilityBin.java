package org.tnracademy.exercises.calibration;

/**
 * One bin of a reliability curve: the claims whose confidence falls in [{@code lower}, {@code upper})
 * (the last bin includes 1), how sure they were on average and how often they came true.
 *
 * @param meanConfidence null for an empty bin
 * @param accuracy       mean outcome; null for an empty bin
 */
public record ReliabilityBin(double lower, double upper, int count, Double meanConfidence, Double accuracy) {
}
