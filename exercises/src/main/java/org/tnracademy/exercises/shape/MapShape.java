package org.tnracademy.exercises.shape;

import java.util.Objects;

/**
 * A map from an id to a value ({@code explanations: {acct-02: {en: ...}}}), edited as a list of
 * entries with a key field ({@code keyName}) and a value field ({@code valueName}). The key is a
 * {@link TextShape} or a {@link ReferenceShape}.
 */
public record MapShape(String keyName, Shape key, String valueName, Shape value) implements Shape {

    public MapShape {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(valueName, "valueName");
        if (!(key instanceof TextShape) && !(key instanceof ReferenceShape)) {
            throw new IllegalArgumentException("a map key is a text or a reference, not " + key);
        }
        Objects.requireNonNull(value, "value");
    }
}
