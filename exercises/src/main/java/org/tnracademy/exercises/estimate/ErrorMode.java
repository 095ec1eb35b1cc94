package org.tnracademy.exercises.estimate;

/**
 * How a numeric error is measured: in the question's unit, or as a fraction of the true value
 * (0.1 = 10 %), for values whose scale varies, such as follower counts.
 */
public enum ErrorMode {
    ABSOLUTE, RELATIVE
}
