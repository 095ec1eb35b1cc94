package org.tnracademy.exercises.shortanswer;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * What counts as right for one question.
 *
 * @param answers     values compared after {@link AnswerNormalizer normalisation}; the first is the
 *                    one feedback shows as the answer
 * @param patterns    regular expressions that must match the whole normalised answer, case-insensitively
 * @param explanation shown in feedback; null if the author gave none
 */
public record AcceptedAnswers(List<String> answers, List<String> patterns, LocalizedText explanation) {

    public AcceptedAnswers {
        answers = answers == null ? List.of() : List.copyOf(answers);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
}
