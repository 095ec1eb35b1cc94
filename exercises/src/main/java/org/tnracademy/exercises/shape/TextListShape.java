package org.tnracademy.exercises.shape;

import java.util.Objects;

/**
 * A list of short texts edited one per line (item ids, accepted answers, patterns): quicker to type
 * and to paste than one field per entry. Empty lines are dropped.
 */
public record TextListShape(TextRule rule, int min) implements Shape {

    public TextListShape {
        Objects.requireNonNull(rule, "rule");
    }
}
