package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades item labelling by the spec's {@link LabellingScoring} rule: accuracy (items right / items),
 * macro-F1 over the labels the key uses (a label only the answer gives costs its items, not a share
 * of the score), or micro-F1 (2·right / (labelled + items)). An unlabelled item is a miss for its
 * label under every rule. Per-label metrics and the confusion matrix are reported whatever the rule.
 * Pure and deterministic: one pass over the key with label indices, no I/O. Linear in the number of
 * items; the only per-item allocations are the feedback records the result carries (see
 * {@code docs/benchmarks.md}).
 */
public final class LabellingGrader {

    public LabellingResult grade(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        List<String> labels = spec.labels();
        int n = labels.size();
        Map<String, String> given = answer.labelByItem();
        // One pass over the key grades and checks at once. The answer is valid exactly when every
        // label it gives is a non-blank label of the spec and every item it labels was met in the
        // key; only then may the pass finish. Otherwise validate() names every problem, in the same
        // order as always, and throws.
        if (given.containsKey(null)) {
            invalid(spec, key, answer); // validation refuses a null item id (it cannot sort it)
        }
        Pass pass = new Pass(spec, key, answer, new LabelIndex(labels), given);
        key.entries().forEach(pass);
        if (pass.labelled != given.size()) {
            invalid(spec, key, answer);
        }
        int[] counts = pass.counts;
        int columns = n + 1;
        List<LabelMetrics> perLabel = new ArrayList<>(n);
        double keyLabelsF1Sum = 0;
        int keyLabels = 0;
        for (int i = 0; i < n; i++) {
            int support = 0;
            int fp = 0;
            for (int j = 0; j < columns; j++) {
                support += counts[i * columns + j];
                if (j < n && j != i) {
                    fp += counts[j * columns + i];
                }
            }
            int tp = counts[i * columns + i];
            int fn = support - tp;
            double f1 = Metrics.f1(tp, fp, fn);
            perLabel.add(new LabelMetrics(labels.get(i), support, tp, fp, fn,
                    Metrics.precision(tp, fp), Metrics.recall(tp, fn), f1));
            if (support > 0) {
                keyLabelsF1Sum += f1;
                keyLabels++;
            }
        }
        int items = key.entries().size();
        LabellingScoring scoring = spec.scoring() == null ? LabellingScoring.DEFAULT : spec.scoring();
        double score = switch (scoring) {
            case ACCURACY -> items == 0 ? 0.0 : (double) pass.correct / items;
            case MACRO_F1 -> keyLabels == 0 ? 0.0 : keyLabelsF1Sum / keyLabels;
            // pooled over items: tp = right, fp = labelled but wrong, fn = not right (wrong or blank)
            case MICRO_F1 -> Metrics.f1(pass.correct, pass.labelled - pass.correct, items - pass.correct);
        };
        return new LabellingResult(score, pass.feedback, perLabel, matrix(labels, counts), pass.correct,
                items, scoring);
    }

    /**
     * The grading pass over the key, as a map visitor: {@code Map.forEach} walks the key's
     * LinkedHashMap directly, with no entry wrappers or iterator. Counts go to one flat confusion
     * matrix (row: right label, column: given label, last column: unlabelled); support, true and
     * false positives and negatives are derived from it afterwards.
     */
    private static final class Pass implements BiConsumer<String, KeyEntry> {

        private final LabellingSpec spec;
        private final LabellingKey key;
        private final LabellingAnswer answer;
        private final LabelIndex index;
        private final Map<String, String> given;
        private final int columns;
        final int[] counts;
        final List<ItemFeedback> feedback;
        int correct;
        /** Items of the key the answer gives a (valid) label to. */
        int labelled;

        Pass(LabellingSpec spec, LabellingKey key, LabellingAnswer answer, LabelIndex index,
             Map<String, String> given) {
            this.spec = spec;
            this.key = key;
            this.answer = answer;
            this.index = index;
            this.given = given;
            this.columns = index.size + 1;
            this.counts = new int[index.size * columns];
            this.feedback = new ArrayList<>(key.entries().size());
        }

        @Override
        public void accept(String item, KeyEntry entry) {
            if (entry == null) {
                unknownKeyLabel(spec, key, answer, null);
            }
            String expectedLabel = entry.label();
            int expected = index.find(expectedLabel);
            if (expected < 0) {
                unknownKeyLabel(spec, key, answer, expectedLabel);
            }
            String givenLabel = given.get(item);
            boolean right = false;
            int column;
            if (givenLabel == null) {
                column = columns - 1;
            } else {
                column = index.find(givenLabel);
                if (column < 0 || index.blank[column]) {
                    invalid(spec, key, answer);
                }
                labelled++;
                if (column == expected) {
                    right = true;
                    correct++;
                }
            }
            counts[expected * columns + column]++;
            feedback.add(new ItemFeedback(item, expectedLabel, givenLabel, right, entry.explanation()));
        }
    }

    /**
     * Label -> position in the spec, without boxing: open addressing over a power-of-two table.
     * A label listed twice maps to its last position, as a map filled in spec order would.
     */
    private static final class LabelIndex {

        final int size;
        /** Blank labels can be in a spec built without {@link LabellingSpec#of} but never in an answer. */
        final boolean[] blank;
        private final String[] keys;
        private final int[] hashes;
        private final int[] positions;
        private final int mask;

        LabelIndex(List<String> labels) {
            size = labels.size();
            blank = new boolean[size];
            int capacity = Integer.highestOneBit(Math.max(8, size * 2) - 1) << 1;
            keys = new String[capacity];
            hashes = new int[capacity];
            positions = new int[capacity];
            mask = capacity - 1;
            for (int i = 0; i < size; i++) {
                String label = labels.get(i);
                blank[i] = label.isBlank();
                int h = spread(label.hashCode());
                int slot = h & mask;
                while (keys[slot] != null && !keys[slot].equals(label)) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = label;
                hashes[slot] = h;
                positions[slot] = i;
            }
        }

        /** The label's position in the spec, or -1 if it is not one of its labels (or null). */
        int find(String label) {
            if (label == null) {
                return -1;
            }
            int h = spread(label.hashCode());
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                String k = keys[slot];
                if (k == null) {
                    return -1;
                }
                if (k == label || (hashes[slot] == h && k.equals(label))) {
                    return positions[slot];
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    /** The answer has a problem: validate() names them all and throws. */
    private static void invalid(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        validate(spec, key, answer);
        throw new IllegalStateException("an answer the grading pass refused passed validation");
    }

    /** A key entry without a label of the spec: an invalid answer still wins, as it always has. */
    private static void unknownKeyLabel(LabellingSpec spec, LabellingKey key, LabellingAnswer answer, String label) {
        validate(spec, key, answer);
        throw new NullPointerException("the key uses label '" + label + "', which is not in the spec " + spec.labels());
    }

    private static void validate(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        List<AnswerProblem> problems = new ArrayList<>();
        var labels = new java.util.HashSet<>(spec.labels());
        // sorted so the problems come in the same order every time
        for (String item : new TreeSet<>(answer.labelByItem().keySet())) {
            String label = answer.labelByItem().get(item);
            if (!key.entries().containsKey(item)) {
                problems.add(new AnswerProblem("item " + item, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + item + "' is not an item of this dataset", AnswerWords.NOT_AN_ITEM, item));
            } else if (label == null || label.isBlank()) {
                problems.add(new AnswerProblem("item " + item, AnswerProblem.Code.MISSING_VALUE, "the label is empty"));
            } else if (!labels.contains(label)) {
                problems.add(new AnswerProblem("item " + item, AnswerProblem.Code.UNKNOWN_LABEL,
                        "'" + label + "' is not one of the labels " + spec.labels()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }

    private static ConfusionMatrix matrix(List<String> labels, int[] counts) {
        int columns = labels.size() + 1;
        List<List<Integer>> rows = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            Integer[] row = new Integer[columns];
            for (int j = 0; j < columns; j++) {
                row[j] = counts[i * columns + j];
            }
            rows.add(List.of(row));
        }
        return new ConfusionMatrix(labels, rows);
    }
}
