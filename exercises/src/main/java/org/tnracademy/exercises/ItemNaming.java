package org.tnracademy.exercises;

import java.util.HashMap;
import java.util.Map;

/**
 * How people name the items and answers of one exercise, read from its spec, so that an item
 * analysis reads "Question 2: Which account…" and "Harassment" instead of ids. Each type names its
 * own ({@link ExerciseType#itemNaming}); items a type does not name (dataset posts) are named by
 * their place in the dataset.
 *
 * @param items   by item id as {@link ExerciseType#itemResponses} reports it
 * @param answers by the id a key or an answer holds (an option, a span category, an indicator, a technique)
 */
public record ItemNaming(Map<String, Item> items, Map<String, LocalizedText> answers) {

    public static final ItemNaming NONE = new ItemNaming(Map.of(), Map.of());

    public ItemNaming {
        items = Map.copyOf(items);
        answers = Map.copyOf(answers);
    }

    /** What kind of item it is, its place in the exercise (from 1; 0 when it has none), and its words. */
    public record Item(Kind kind, int position, LocalizedText text) {
    }

    public enum Kind {
        QUESTION, BLANK, CRITERION, EVENT, LINE, POST, SPAN, TECHNIQUE
    }

    /** A naming built item by item. */
    public static final class Builder {
        private final Map<String, Item> items = new HashMap<>();
        private final Map<String, LocalizedText> answers = new HashMap<>();

        public Builder item(String id, Kind kind, int position, LocalizedText text) {
            items.put(id, new Item(kind, position, text));
            return this;
        }

        public Builder answer(String id, LocalizedText text) {
            answers.put(id, text);
            return this;
        }

        public ItemNaming build() {
            return new ItemNaming(items, answers);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A text with no translation: the same words in every language. */
    public static LocalizedText plain(String text) {
        return new LocalizedText(Map.of(LocalizedText.FALLBACK, text == null ? "" : text));
    }
}
