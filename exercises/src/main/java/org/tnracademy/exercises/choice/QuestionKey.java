package org.tnracademy.exercises.choice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.LocalizedText;

/**
 * The key of one question.
 *
 * @param correct      the ids of the right options
 * @param explanations option id -> why that option is right or wrong; an option may have none
 */
public record QuestionKey(List<String> correct, Map<String, LocalizedText> explanations) {

    public QuestionKey {
        correct = List.copyOf(correct);
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations == null ? Map.of() : explanations));
    }
}
