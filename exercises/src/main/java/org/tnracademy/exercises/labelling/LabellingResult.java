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

    /**
     * Right items as they are; wrong and unlabelled ones without their label or explanation; no
     * metrics per label or confusion matrix, whose cells pin items (label one item, read its row).
     * With every item right there is nothing to withhold.
     */
    @Override
    public LabellingResult withheld() {
        if (correctCount == itemCount) {
            return this;
        }
        List<ItemFeedback> own = items.stream().map(f -> f.correct() ? f
                : new ItemFeedback(f.itemId(), null, f.givenLabel(), false, null)).toList();
        return new LabellingResult(score, own, List.of(), null, correctCount, itemCount);
    }
}
