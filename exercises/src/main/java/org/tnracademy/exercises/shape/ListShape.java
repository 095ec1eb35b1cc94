package org.tnracademy.exercises.shape;

import java.util.Objects;

/** A list whose entries all have one shape; entries are added, removed and moved, within min..max. */
public record ListShape(Shape element, int min, int max) implements Shape {

    public ListShape {
        Objects.requireNonNull(element, "element");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("list bounds " + min + ".." + max);
        }
    }

    public static ListShape of(Shape element, int min) {
        return new ListShape(element, min, Integer.MAX_VALUE);
    }
}
