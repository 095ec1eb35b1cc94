package org.tnracademy.exercises.shape;

import java.util.Objects;

/**
 * One of the ids found elsewhere: in the spec a key refers to (a key entry's label is one of
 * {@code spec.labels[].id}) or around the field itself. The values are ids, shown as they are.
 */
public record ReferenceShape(ReferenceSource source) implements Shape {

    public ReferenceShape {
        Objects.requireNonNull(source, "source");
    }

    /** One of the ids of a list of the spec, such as {@code specIds("labels", "id")}. */
    public static ReferenceShape specIds(String listPath, String idField) {
        return new ReferenceShape(References.specIds(listPath, idField));
    }
}
