package org.tnracademy.exercises.shortanswer;

import java.util.List;

/**
 * The grade of a short-answer response: the share of questions answered right, in [0, 1], with
 * feedback per question in spec order.
 */
public record ShortAnswerResult(double score, List<ShortAnswerFeedback> questions, int correctCount,
                                int questionCount) {

    public ShortAnswerResult {
        questions = List.copyOf(questions);
    }
}
