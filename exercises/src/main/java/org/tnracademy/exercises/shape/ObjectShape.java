package org.tnracademy.exercises.shape;

import java.util.List;
import java.util.Optional;

/** A map with named fields, in the order the form shows them. */
public record ObjectShape(List<FieldShape> fields) implements Shape {

    public ObjectShape {
        fields = List.copyOf(fields);
    }

    public static ObjectShape of(FieldShape... fields) {
        return new ObjectShape(List.of(fields));
    }

    public Optional<FieldShape> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
