package org.tnracademy.exercises.choice;

import java.util.List;

/**
 * How one question was answered: its score, the options picked and the correct ones (both in
 * spec order), and feedback on every option picked or missed. Options neither picked nor
 * correct get no feedback: there is nothing to explain about them.
 */
public record QuestionFeedback(String questionId, ChoiceScoring scoring, double score, boolean fullyCorrect,
                               List<String> picked, List<String> correct, List<OptionFeedback> options) {

    public QuestionFeedback {
        picked = List.copyOf(picked);
        correct = List.copyOf(correct);
        options = List.copyOf(options);
    }
}
