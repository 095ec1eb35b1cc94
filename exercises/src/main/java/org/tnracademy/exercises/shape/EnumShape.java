package org.tnracademy.exercises.shape;

import java.util.List;

/** One of fixed values, each with its own i18n label ({@code <field key>.<value>}). */
public record EnumShape(List<String> values) implements Shape {

    public EnumShape {
        values = List.copyOf(values);
    }

    public static EnumShape of(String... values) {
        return new EnumShape(List.of(values));
    }
}
