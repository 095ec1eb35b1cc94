package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.LocalizedText;

/**
 * One question: the credit earned, the error it comes from (distance in km, error in the question's
 * unit, or a fraction of the true value, as {@code errorUnit} says: "km", the unit, or "relative"),
 * null with {@code given} when unanswered, and the true answer with its explanation.
 */
public record QuestionFeedback(String questionId, QuestionKind kind, double credit, Double error, String errorUnit,
                               boolean withinTolerance, Estimate expected, Estimate given, LocalizedText explanation) {
}
