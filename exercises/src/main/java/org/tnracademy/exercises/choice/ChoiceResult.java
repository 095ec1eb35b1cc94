package org.tnracademy.exercises.choice;

import java.util.List;

import org.tnracademy.exercises.GradeResult;

/** The grade of a choice answer: the mean of the question scores, in [0, 1], and feedback in spec order. */
public record ChoiceResult(double score, List<QuestionFeedback> questions, int fullyCorrectCount,
                           int questionCount) implements GradeResult {

    public ChoiceResult {
        questions = List.copyOf(questions);
    }
}
