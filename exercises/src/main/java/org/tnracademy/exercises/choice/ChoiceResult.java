package org.tnracademy.exercises.choice;

import java.util.List;

import org.tnracademy.exercises.GradeResult;

/** The grade of a choice answer: the mean of the question scores, in [0, 1], and feedback in spec order. */
public record ChoiceResult(double score, List<QuestionFeedback> questions, int fullyCorrectCount,
                           int questionCount) implements GradeResult {

    public ChoiceResult {
        questions = List.copyOf(questions);
    }

    /** Fully right questions as they are; in the others, only the picks and which of them are right. */
    @Override
    public ChoiceResult withheld() {
        return new ChoiceResult(score, questions.stream().map(QuestionFeedback::withheld).toList(),
                fullyCorrectCount, questionCount);
    }
}
