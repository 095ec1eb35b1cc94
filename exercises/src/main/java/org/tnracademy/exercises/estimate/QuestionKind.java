package org.tnracademy.exercises.estimate;

/** What a question asks for: a place (latitude, longitude) or a number. */
public enum QuestionKind {
    LOCATION, NUMBER
}
