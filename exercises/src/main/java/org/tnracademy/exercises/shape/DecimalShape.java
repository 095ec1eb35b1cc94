package org.tnracademy.exercises.shape;

/**
 * A decimal number, typed in a text field (a dot or a comma as decimal separator) and parsed on the
 * server with a clear error. A whole number typed without a separator stays an integer in the tree,
 * as YAML reads {@code tolerance: 2}. Bounds are inclusive unless marked exclusive; null is open.
 */
public record DecimalShape(Double min, boolean minExclusive, Double max, boolean maxExclusive) implements Shape {

    public static DecimalShape any() {
        return new DecimalShape(null, false, null, false);
    }

    public static DecimalShape within(double min, double max) {
        return new DecimalShape(min, false, max, false);
    }
}
