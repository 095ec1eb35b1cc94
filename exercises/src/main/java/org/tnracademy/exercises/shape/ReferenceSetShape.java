package org.tnracademy.exercises.shape;

import java.util.Objects;

/** Several of the ids a {@link ReferenceSource} gives, each at most once (set-selection's key). */
public record ReferenceSetShape(ReferenceSource source, int min) implements Shape {

    public ReferenceSetShape {
        Objects.requireNonNull(source, "source");
    }
}
