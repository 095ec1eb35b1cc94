package org.tnracademy.exercises.choice;

import org.tnracademy.exercises.LocalizedText;

/** Whether one option is correct, and why: shown to the learner who picked or missed it. */
public record OptionKey(String optionId, boolean correct, LocalizedText explanation) {
}
