package org.tnracademy.exercises.shortanswer;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * One graded question.
 *
 * @param given       the text as the learner typed it; null if unanswered
 * @param accepted    the key's accepted answers, to show (patterns are not shown)
 * @param explanation null if the author gave none
 */
public record ShortAnswerFeedback(String questionId, String given, boolean correct, List<String> accepted,
                                  LocalizedText explanation) {

    public ShortAnswerFeedback {
        accepted = List.copyOf(accepted);
    }
}
