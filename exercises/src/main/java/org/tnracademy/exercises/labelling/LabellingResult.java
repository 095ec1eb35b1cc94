package org.tnracademy.exercises.labelling;

import java.util.List;

import org.tnracademy.exercises.GradeResult;

/**
 * The grade of a labelling answer: the macro-F1 score in [0, 1], per-item feedback in key order,
 * metrics per label in spec order, and the confusion matrix.
 */
public record LabellingResult(double score, List<ItemFeedback> items, List<LabelMetrics> perLabel,
                              ConfusionMatrix confusion, int correctCount, int itemCount) implements GradeResult {

    public LabellingResult {
        items = List.copyOf(items);
        perLabel = List.copyOf(perLabel);
    }
}
