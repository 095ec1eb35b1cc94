package org.tnracademy.exercises.choice;

import java.util.List;

import org.tnracademy.exercises.Copies;

/** The key of one question: every option of the spec, correct or not, with its explanation. */
public record QuestionKey(String questionId, List<OptionKey> options) {

    public QuestionKey {
        options = Copies.list(options);
    }

    /** The option's key, or null. */
    public OptionKey option(String optionId) {
        return options.stream().filter(o -> java.util.Objects.equals(o.optionId(), optionId)).findFirst().orElse(null);
    }

    public int correctCount() {
        return (int) options.stream().filter(OptionKey::correct).count();
    }
}
