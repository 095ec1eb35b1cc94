package org.tnracademy.exercises.choice;

import java.util.List;

/**
 * One graded question: its score in [0, 1], whether exactly the right options were selected, and
 * every option in the question's order.
 */
public record QuestionFeedback(String questionId, double score, boolean correct, List<OptionFeedback> options) {

    public QuestionFeedback {
        options = List.copyOf(options);
    }
}
