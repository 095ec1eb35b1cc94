package org.tnracademy.exercises.shape;

/**
 * A text per language, {@code {en: ..., fr: ...}}: English is required whenever the text is given,
 * French optional. Other languages found in a tree are kept as they are.
 */
public record LocalizedTextShape(boolean multiLine) implements Shape {

    public static final String ENGLISH = "en";
    public static final String FRENCH = "fr";

    public static LocalizedTextShape line() {
        return new LocalizedTextShape(false);
    }

    public static LocalizedTextShape lines() {
        return new LocalizedTextShape(true);
    }
}
