package org.tnracademy.exercises.shape;

/** A whole number within min..max (null bounds are open), typed in a text field. */
public record IntegerShape(Integer min, Integer max) implements Shape {
}
