package org.tnracademy.exercises.choice;

import org.tnracademy.exercises.LocalizedText;

/** One option of a question as learners see it; whether it is correct lives in the key. */
public record ChoiceOption(String id, LocalizedText text) {
}
