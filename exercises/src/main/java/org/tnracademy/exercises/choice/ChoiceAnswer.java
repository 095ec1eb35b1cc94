package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's choices: question id -> selected option ids. Unanswered questions are absent or have
 * an empty list.
 */
public record ChoiceAnswer(Map<String, List<String>> selectedByQuestion) {

    public ChoiceAnswer {
        // copies that keep nulls, so that they reach the grader's checks instead of failing here
        Map<String, List<String>> copy = new HashMap<>();
        if (selectedByQuestion != null) {
            selectedByQuestion.forEach((question, selected) -> copy.put(question,
                    selected == null ? null : Collections.unmodifiableList(new ArrayList<>(selected))));
        }
        selectedByQuestion = Collections.unmodifiableMap(copy);
    }
}
