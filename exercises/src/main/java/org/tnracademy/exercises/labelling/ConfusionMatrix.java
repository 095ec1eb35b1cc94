package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of (right label, given label). Rows follow {@code labels}; columns follow {@code labels}
 * and then one more column for items left unlabelled. Lists rather than arrays, so that equality
 * and JSON are those of plain values.
 */
public record ConfusionMatrix(List<String> labels, List<List<Integer>> counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = counts.stream().map(List::copyOf).toList();
        int columns = labels.size() + 1;
        if (counts.size() != labels.size() || counts.stream().anyMatch(row -> row.size() != columns)) {
            throw new IllegalArgumentException("a confusion matrix over " + labels.size()
                    + " labels has that many rows of " + columns + " counts");
        }
    }

    static ConfusionMatrix of(List<String> labels, int[][] counts) {
        List<List<Integer>> rows = new ArrayList<>(counts.length);
        for (int[] row : counts) {
            List<Integer> r = new ArrayList<>(row.length);
            for (int c : row) {
                r.add(c);
            }
            rows.add(r);
        }
        return new ConfusionMatrix(labels, rows);
    }

    /** How many items whose right label is {@code expected} were given {@code givenOrNull} (null: unlabelled). */
    public int count(String expected, String givenOrNull) {
        int row = labels.indexOf(expected);
        int column = givenOrNull == null ? labels.size() : labels.indexOf(givenOrNull);
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("unknown label '" + (row < 0 ? expected : givenOrNull) + "'");
        }
        return counts.get(row).get(column);
    }
}
