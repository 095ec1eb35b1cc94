package org.tnracademy.exercises.shortanswer;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * How one blank was answered: the value as typed ("" when unanswered), whether it is right, the
 * accepted answers as the author wrote them (empty when only patterns are accepted: the
 * explanation then says what was expected) and the explanation.
 */
public record BlankFeedback(String blankId, String given, boolean correct, List<String> acceptedAnswers,
                            LocalizedText explanation) {

    public BlankFeedback {
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }
}
