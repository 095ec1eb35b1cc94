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

    /**
     * As it is when fully right; otherwise the correct options reduced to the ones picked, no
     * feedback on options missed and no explanation of a wrong pick.
     */
    QuestionFeedback withheld() {
        if (fullyCorrect) {
            return this;
        }
        List<String> rightPicks = correct.stream().filter(picked::contains).toList();
        List<OptionFeedback> own = options.stream().filter(o -> o.outcome() != OptionOutcome.MISSED)
                .map(o -> o.outcome() == OptionOutcome.RIGHT_PICK ? o
                        : new OptionFeedback(o.optionId(), o.outcome(), null))
                .toList();
        return new QuestionFeedback(questionId, scoring, score, false, picked, rightPicks, own);
    }
}
