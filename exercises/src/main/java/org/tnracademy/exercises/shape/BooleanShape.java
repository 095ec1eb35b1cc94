package org.tnracademy.exercises.shape;

/** true or false, as a checkbox; always written to the tree. */
public record BooleanShape() implements Shape {
}
