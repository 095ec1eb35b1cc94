package org.tnracademy.exercises.shape;

import java.util.List;

/** Several of fixed values, each at most once, each with its own i18n label. */
public record EnumSetShape(List<String> values, int min) implements Shape {

    public EnumSetShape {
        values = List.copyOf(values);
    }
}
