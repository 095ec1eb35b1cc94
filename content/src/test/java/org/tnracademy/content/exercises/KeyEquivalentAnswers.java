package org.tnracademy.content.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Builds, for the exercise types whose keys this module's question exercises use, the answer tree
 * a learner would submit if they answered exactly as the key says: in the answer format of
 * docs/exercise-types/&lt;type&gt;.md. Written analysis has no automatic answer; see
 * {@link #fullMarks(Map)} for the instructor's grade that matches its rubric instead.
 */
final class KeyEquivalentAnswers {

    private static final Map<String, BiFunction<Map<String, Object>, Map<String, Object>, Map<String, Object>>> BUILDERS =
            Map.of("choice", KeyEquivalentAnswers::choice,
                    "short-answer", KeyEquivalentAnswers::shortAnswer,
                    "technique-tagging", KeyEquivalentAnswers::tagging,
                    "item-labelling", KeyEquivalentAnswers::labelling);

    private KeyEquivalentAnswers() {
    }

    /** The answer tree matching the key, or empty when this class has no builder for the type. */
    static Optional<Map<String, Object>> of(String type, Map<String, Object> spec, Map<String, Object> key) {
        var builder = BUILDERS.get(type);
        return builder == null ? Optional.empty() : Optional.of(builder.apply(spec, key));
    }

    /** {@code picks: {question: [every option the key marks correct]}} */
    private static Map<String, Object> choice(Map<String, Object> spec, Map<String, Object> key) {
        Map<String, Object> picks = new LinkedHashMap<>();
        for (Map<String, Object> question : list(key, "questions")) {
            List<Object> correct = new ArrayList<>();
            for (Map<String, Object> option : list(question, "options")) {
                if (Boolean.TRUE.equals(option.get("correct"))) {
                    correct.add(option.get("id"));
                }
            }
            picks.put((String) question.get("id"), correct);
        }
        return Map.of("picks", picks);
    }

    /** {@code values: {blank: the first accepted answer}}; a blank with only patterns cannot be rebuilt. */
    private static Map<String, Object> shortAnswer(Map<String, Object> spec, Map<String, Object> key) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map<String, Object> blank : list(key, "blanks")) {
            Object accepted = blank.get("accepted");
            if (!(accepted instanceof List<?> answers) || answers.isEmpty()) {
                throw new IllegalStateException("blank '" + blank.get("id")
                        + "' has no accepted answer to build a key-equivalent answer from");
            }
            values.put((String) blank.get("id"), answers.getFirst());
        }
        return Map.of("values", values);
    }

    /** {@code techniques: [the key's technique ids]} */
    private static Map<String, Object> tagging(Map<String, Object> spec, Map<String, Object> key) {
        return Map.of("techniques", list(key, "techniques").stream().map(t -> t.get("id")).toList());
    }

    /** {@code labels: {item: label}} */
    private static Map<String, Object> labelling(Map<String, Object> spec, Map<String, Object> key) {
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Map<String, Object> item : list(key, "items")) {
            labels.put((String) item.get("item"), item.get("label"));
        }
        return Map.of("labels", labels);
    }

    /** An instructor's grade giving every criterion of a written-analysis rubric its maximum. */
    static Map<String, Object> fullMarks(Map<String, Object> spec) {
        Map<String, Object> points = new LinkedHashMap<>();
        for (Map<String, Object> criterion : list(spec, "criteria")) {
            points.put((String) criterion.get("id"), criterion.get("maxPoints"));
        }
        return Map.of("points", points);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> tree, String field) {
        Object value = tree.get(field);
        if (!(value instanceof List<?> items)) {
            throw new IllegalStateException("'" + field + "' must be a list, was " + value);
        }
        return (List<Map<String, Object>>) items;
    }
}
