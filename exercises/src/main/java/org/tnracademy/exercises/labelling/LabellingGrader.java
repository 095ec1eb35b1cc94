package org.tnracademy.exercises.labelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades item labelling. The score is the macro-averaged F1 over the labels that occur in the key
 * or in the answer, so a rare form of repression counts as much as a frequent one; a label given
 * but absent from the key counts with F1 = 0, and an unlabelled item is a miss for its right label.
 * Labels neither expected nor given are left out of the average rather than scored 0 or 1.
 *
 * <p>Pure and deterministic. One pass over the key fills a confusion matrix indexed by label
 * position and checks the answer at the same time; every other count is read off the matrix.
 */
public final class LabellingGrader {

    /**
     * @throws InvalidAnswerException naming every item whose label is unknown or empty, and every
     *                                item that is not in the key
     * @throws InvalidSpecException   if the key uses a label that is not in the spec
     */
    public LabellingResult grade(LabellingSpec spec, LabellingKey key, LabellingAnswer answer) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(answer, "answer");
        List<String> labels = spec.labels();
        int n = labels.size();
        int unlabelled = n;
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(labels.get(i), i);
        }
        Map<String, String> given = answer.labelByItem();
        int[][] confusion = new int[n][n + 1];
        List<ItemFeedback> feedback = new ArrayList<>(key.entries().size());
        List<AnswerProblem> problems = new ArrayList<>();
        int answeredKeyItems = 0;

        for (Map.Entry<String, KeyEntry> e : key.entries().entrySet()) {
            String item = e.getKey();
            KeyEntry entry = e.getValue();
            Integer expected = index.get(entry.label());
            if (expected == null) {
                throw InvalidSpecException.of("key." + item, "label '" + entry.label() + "' is not in the spec");
            }
            String givenLabel = given.get(item);
            int column = unlabelled;
            if (givenLabel != null) {
                answeredKeyItems++;
                Integer g = index.get(givenLabel);
                if (g != null) {
                    column = g;
                } else {
                    problems.add(givenLabel.isBlank() ? missing(item) : unknownLabel(item, givenLabel, labels));
                }
            } else if (given.containsKey(item)) {
                answeredKeyItems++;
                problems.add(missing(item));
            }
            confusion[expected][column]++;
            feedback.add(new ItemFeedback(item, entry.label(), givenLabel, column == expected, entry.explanation()));
        }
        if (answeredKeyItems < given.size()) {
            given.keySet().stream().filter(item -> !key.entries().containsKey(item)).sorted()
                    .forEach(item -> problems.add(new AnswerProblem(where(item), AnswerProblem.Code.UNKNOWN_ITEM,
                            "'" + item + "' is not an item of this dataset")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return result(labels, confusion, feedback);
    }

    private static LabellingResult result(List<String> labels, int[][] confusion, List<ItemFeedback> feedback) {
        int n = labels.size();
        int[] predicted = new int[n];
        for (int[] row : confusion) {
            for (int g = 0; g < n; g++) {
                predicted[g] += row[g];
            }
        }
        List<LabelMetrics> perLabel = new ArrayList<>(n);
        double f1Sum = 0;
        int averaged = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int support = 0;
            for (int count : confusion[i]) {
                support += count;
            }
            int tp = confusion[i][i];
            int fp = predicted[i] - tp;
            int fn = support - tp;
            double f1 = Metrics.f1(tp, fp, fn);
            perLabel.add(new LabelMetrics(labels.get(i), support, tp, fp, fn,
                    Metrics.precision(tp, fp), Metrics.recall(tp, fn), f1));
            if (support > 0 || predicted[i] > 0) {
                f1Sum += f1;
                averaged++;
            }
            correct += tp;
        }
        double score = averaged == 0 ? 0.0 : f1Sum / averaged;
        return new LabellingResult(score, feedback, perLabel, ConfusionMatrix.of(labels, confusion), correct,
                feedback.size());
    }

    private static String where(String item) {
        return "item " + item;
    }

    private static AnswerProblem missing(String item) {
        return new AnswerProblem(where(item), AnswerProblem.Code.MISSING_VALUE, "the label is empty");
    }

    private static AnswerProblem unknownLabel(String item, String label, List<String> labels) {
        return new AnswerProblem(where(item), AnswerProblem.Code.UNKNOWN_LABEL,
                "'" + label + "' is not one of the labels " + labels);
    }
}
