package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades item labelling. The score is the macro-averaged F1 over the labels that occur in the key
 * or in the answer, so a rare form of repression counts as much as a frequent one; a label given
 * but absent from the key counts with F1 = 0, and an unlabelled item is a miss for its label.
 * Pure and deterministic: one pass over the key with label indices, no I/O.
 */
public final class LabellingGrader {

    public LabellingResult grade(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        validate(spec, key, answer);
        List<String> labels = spec.labels();
        int n = labels.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(labels.get(i), i);
        }
        int[][] confusion = new int[n][n + 1];
        int[] tp = new int[n];
        int[] fp = new int[n];
        int[] fn = new int[n];
        int[] support = new int[n];
        List<ItemFeedback> feedback = new ArrayList<>(key.entries().size());
        Map<String, String> given = answer.labelByItem();
        int correct = 0;
        for (Map.Entry<String, KeyEntry> e : key.entries().entrySet()) {
            int expected = index.get(e.getValue().label());
            String givenLabel = given.get(e.getKey());
            support[expected]++;
            if (givenLabel == null) {
                confusion[expected][n]++;
                fn[expected]++;
            } else {
                int g = index.get(givenLabel);
                confusion[expected][g]++;
                if (g == expected) {
                    tp[expected]++;
                    correct++;
                } else {
                    fn[expected]++;
                    fp[g]++;
                }
            }
            feedback.add(new ItemFeedback(e.getKey(), e.getValue().label(), givenLabel,
                    e.getValue().label().equals(givenLabel), e.getValue().explanation()));
        }
        List<LabelMetrics> perLabel = new ArrayList<>(n);
        double f1Sum = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double f1 = Metrics.f1(tp[i], fp[i], fn[i]);
            perLabel.add(new LabelMetrics(labels.get(i), support[i], tp[i], fp[i], fn[i],
                    Metrics.precision(tp[i], fp[i]), Metrics.recall(tp[i], fn[i]), f1));
            if (support[i] > 0 || fp[i] > 0) {
                f1Sum += f1;
                counted++;
            }
        }
        double score = counted == 0 ? 0.0 : f1Sum / counted;
        return new LabellingResult(score, feedback, perLabel, matrix(labels, confusion), correct,
                key.entries().size());
    }

    private static void validate(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        List<AnswerProblem> problems = new ArrayList<>();
        var labels = new java.util.HashSet<>(spec.labels());
        // sorted so the problems come in the same order every time
        for (String item : new TreeSet<>(answer.labelByItem().keySet())) {
            String label = answer.labelByItem().get(item);
            if (!key.entries().containsKey(item)) {
                problems.add(new AnswerProblem("item " + item, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + item + "' is not an item of this dataset"));
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

    private static ConfusionMatrix matrix(List<String> labels, int[][] counts) {
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
}
