package org.tnracademy.exercises.shortanswer;

import org.tnracademy.exercises.LocalizedText;

/** One blank as learners see it: what to type, and how long the value may be (in code points). */
public record Blank(String id, LocalizedText prompt, int maxLength) {

    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final int MAX_MAX_LENGTH = 2000;
}
