package org.tnracademy.exercises.choice;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/** The grade of a choice answer: the mean of the question scores, in [0, 1], and feedback in spec order. */
public record ChoiceResult(double score, List<QuestionFeedback> questions, int fullyCorrectCount,
                           int questionCount) implements GradeResult {

    public ChoiceResult {
        questions = List.copyOf(questions);
    }

    /** The questions' common rule, or {@link ScoringRule#CHOICE_PER_QUESTION} when they differ. */
    @Override
    public ScoringRule scoringRule() {
        var rules = questions.stream().map(QuestionFeedback::scoring).distinct().toList();
        if (rules.size() != 1) {
            return ScoringRule.CHOICE_PER_QUESTION;
        }
        return rules.getFirst() == ChoiceScoring.RIGHT_MINUS_WRONG
                ? ScoringRule.CHOICE_RIGHT_MINUS_WRONG : ScoringRule.CHOICE_ALL_OR_NOTHING;
    }

    /** Fully right questions as they are; in the others, only the picks and which of them are right. */
    @Override
    public ChoiceResult withheld() {
        return new ChoiceResult(score, questions.stream().map(QuestionFeedback::withheld).toList(),
                fullyCorrectCount, questionCount);
    }
}
