package org.tnracademy.exercises.choice;

import java.util.List;

/**
 * The grade of a choice answer: the mean question score in [0, 1], feedback per question in spec
 * order, and how many questions were answered exactly right.
 */
public record ChoiceResult(double score, List<QuestionFeedback> questions, int correctCount, int questionCount) {

    public ChoiceResult {
        questions = List.copyOf(questions);
    }
}
