package org.tnracademy.exercises.labelling;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a labelling answer: the score in [0, 1] by the spec's rule, per-item feedback in key
 * order, metrics per label in spec order, and the confusion matrix.
 *
 * @param scoring the rule the score was computed by; null in results stored before specs named one
 *                (they were scored by macro-F1 over the labels of the key and of the answer)
 */
public record LabellingResult(double score, List<ItemFeedback> items, List<LabelMetrics> perLabel,
                              ConfusionMatrix confusion, int correctCount, int itemCount,
                              LabellingScoring scoring) implements GradeResult {

    public LabellingResult {
        items = List.copyOf(items);
        perLabel = List.copyOf(perLabel);
    }

    @Override
    public ScoringRule scoringRule() {
        if (scoring == null) {
            return ScoringRule.LABELLING_MACRO_F1_KEY_AND_ANSWER_LABELS;
        }
        return switch (scoring) {
            case ACCURACY -> ScoringRule.LABELLING_ACCURACY;
            case MACRO_F1 -> ScoringRule.LABELLING_MACRO_F1;
            case MICRO_F1 -> ScoringRule.LABELLING_MICRO_F1;
        };
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
        return new LabellingResult(score, own, List.of(), null, correctCount, itemCount, scoring);
    }
}
