package org.tnracademy.ui.exercise.estimate;

import java.util.List;

/**
 * What a typed value reads as: nothing typed, a value (a number, or a pair of coordinates), or a
 * problem given as a translation key with its parameters, so the field can say it in the UI's
 * language.
 */
record InputReading<T>(T value, String problemKey, List<Object> problemParams) {

    static <T> InputReading<T> blank() {
        return new InputReading<>(null, null, List.of());
    }

    static <T> InputReading<T> of(T value) {
        return new InputReading<>(value, null, List.of());
    }

    static <T> InputReading<T> problem(String key, Object... params) {
        return new InputReading<>(null, key, List.of(params));
    }

    boolean isBlank() {
        return value == null && problemKey == null;
    }

    boolean hasProblem() {
        return problemKey != null;
    }
}
