package org.tnracademy.exercises.labelling;

import java.util.List;

/**
 * Counts of (right label, given label): rows follow {@code labels}, columns follow {@code labels}
 * and then one more column for items left unlabelled.
 */
public record ConfusionMatrix(List<String> labels, List<List<Integer>> counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = counts.stream().map(List::copyOf).toList();
    }

    /** How many items with right label {@code expected} were given {@code givenOrNull} (null: unlabelled). */
    public int count(String expected, String givenOrNull) {
        int row = labels.indexOf(expected);
        int column = givenOrNull == null ? labels.size() : labels.indexOf(givenOrNull);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("Unknown label " + (row < 0 ? expected : givenOrNull));
        }
        return counts.get(row).get(column);
    }
}
