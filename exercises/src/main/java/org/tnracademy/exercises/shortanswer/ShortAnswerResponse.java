package org.tnracademy.exercises.shortanswer;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A learner's typed answers: question id -> text as typed. Unanswered questions are absent or blank.
 * (Named "response" because "ShortAnswerAnswer" would read as a typo.)
 */
public record ShortAnswerResponse(Map<String, String> textByQuestion) {

    public ShortAnswerResponse {
        // HashMap rather than Map.copyOf: a null text must reach the grader's checks, not fail here
        textByQuestion = Collections.unmodifiableMap(
                textByQuestion == null ? new HashMap<>() : new HashMap<>(textByQuestion));
    }
}
