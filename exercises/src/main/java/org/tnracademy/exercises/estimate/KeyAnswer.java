package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.LocalizedText;

/** The true answer to one question, and how one could find it. */
public record KeyAnswer(String questionId, Estimate expected, LocalizedText explanation) {
}
