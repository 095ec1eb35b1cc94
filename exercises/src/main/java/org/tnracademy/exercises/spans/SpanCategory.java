package org.tnracademy.exercises.spans;

import org.tnracademy.exercises.LocalizedText;

/** A kind of personal data a learner can mark, such as "address" or "phone", with its title. */
public record SpanCategory(String id, LocalizedText title) {
}
