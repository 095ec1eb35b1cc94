package org.tnracademy.exercises.shape;

import java.util.Objects;

/** A named field of an {@link ObjectShape}; an optional field left empty is left out of the tree. */
public record FieldShape(String name, Shape shape, boolean required) {

    public FieldShape {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
    }

    public static FieldShape required(String name, Shape shape) {
        return new FieldShape(name, shape, true);
    }

    public static FieldShape optional(String name, Shape shape) {
        return new FieldShape(name, shape, false);
    }
}
