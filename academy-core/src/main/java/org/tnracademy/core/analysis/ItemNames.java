package org.tnracademy.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * How people name the items and answers of an exercise, so that an item analysis reads "Question 2:
 * Which account…" and "Harassment" instead of the ids the spec and the stored results use.
 *
 * @param items   by item id as the analysis reports it
 * @param answers by the id a key or an answer holds (a label, an option, a span category, an
 *                indicator, a technique)
 */
public record ItemNames(Map<String, ItemName> items, Map<String, LocalizedText> answers) {

    public static final ItemNames NONE = new ItemNames(Map.of(), Map.of());

    public ItemNames {
        items = Map.copyOf(items);
        answers = Map.copyOf(answers);
    }

    /** What kind of item it is, its place in the exercise (from 1), and its words (may be empty). */
    public record ItemName(Kind kind, int position, LocalizedText text) {
    }

    public enum Kind {
        QUESTION, BLANK, CRITERION, EVENT, LINE, POST, SPAN, TECHNIQUE
    }

    public Optional<ItemName> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    public Optional<LocalizedText> answer(String id) {
        return Optional.ofNullable(answers.get(id));
    }

    /**
     * The names for the items an analysis found: as the exercise's type names them from its spec
     * ({@link ExerciseType#itemNaming}), with its label titles, and dataset items by their place.
     *
     * @param typeId      the exercise's type
     * @param spec        the exercise's checked spec, as the type reads it
     * @param itemIds     the analysis's item ids
     * @param labels      the label titles by id; empty for types without labels
     * @param datasetKeys the exercise's dataset item ids in dataset order; empty without a dataset
     */
    static ItemNames of(String typeId, Object spec, List<String> itemIds, Map<String, LocalizedText> labels,
                        List<String> datasetKeys) {
        Map<String, ItemName> items = new HashMap<>();
        Map<String, LocalizedText> answers = new HashMap<>(labels);
        ItemNaming naming = naming(ExerciseTypes.get(typeId), spec, itemIds);
        naming.items().forEach((id, n) -> items.put(id, new ItemName(Kind.valueOf(n.kind().name()), n.position(),
                n.text())));
        answers.putAll(naming.answers());
        Map<String, Integer> position = new LinkedHashMap<>();
        for (String key : datasetKeys) {
            position.putIfAbsent(key, position.size() + 1);
        }
        for (String id : itemIds) {
            if (!items.containsKey(id) && position.containsKey(id)) {
                items.put(id, new ItemName(Kind.POST, position.get(id), plain("")));
            }
        }
        return new ItemNames(items, answers);
    }

    @SuppressWarnings("unchecked")
    private static <S> ItemNaming naming(ExerciseType<S, ?, ?> type, Object spec, List<String> itemIds) {
        return type.itemNaming((S) spec, itemIds);
    }

    private static LocalizedText plain(String text) {
        return new LocalizedText(Map.of(LocalizedText.FALLBACK, text == null ? "" : text));
    }

    static List<String> ids(List<ItemStats> stats) {
        List<String> ids = new ArrayList<>(stats.size());
        stats.forEach(s -> ids.add(s.itemId()));
        return ids;
    }
}
