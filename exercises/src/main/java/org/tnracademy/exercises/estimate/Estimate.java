package org.tnracademy.exercises.estimate;

/** An answer to one question, or its true value: a place or a number. */
public sealed interface Estimate permits GeoPoint, NumberValue {

    QuestionKind kind();
}
