package org.tnracademy.exercises.choice;

import org.tnracademy.exercises.LocalizedText;

/** An option the learner picked or missed, with the author's explanation of it. */
public record OptionFeedback(String optionId, OptionOutcome outcome, LocalizedText explanation) {
}
