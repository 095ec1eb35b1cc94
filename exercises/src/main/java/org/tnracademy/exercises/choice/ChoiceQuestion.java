package org.tnracademy.exercises.choice;

import java.util.List;

import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.LocalizedText;

/** One question: its prompt and options in the order learners see them, and how it is scored. */
public record ChoiceQuestion(String id, QuestionKind kind, ChoiceScoring scoring, LocalizedText prompt,
                             List<ChoiceOption> options) {

    public ChoiceQuestion {
        options = Copies.list(options);
    }

    public List<String> optionIds() {
        return options.stream().map(ChoiceOption::id).toList();
    }
}
