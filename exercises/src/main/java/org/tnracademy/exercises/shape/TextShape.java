package org.tnracademy.exercises.shape;

import java.util.Objects;

/** A text: one line (optionally following a {@link TextRule}) or several lines. */
public record TextShape(boolean multiLine, TextRule rule) implements Shape {

    public TextShape {
        Objects.requireNonNull(rule, "rule");
    }

    public static TextShape line() {
        return new TextShape(false, TextRule.ANY);
    }

    public static TextShape lines() {
        return new TextShape(true, TextRule.ANY);
    }

    public static TextShape of(TextRule rule) {
        return new TextShape(false, rule);
    }
}
