package org.tnracademy.exercises.setselection;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.ScoringRule;

/**
 * The grade of a chosen set: the score by the spec's metric, in [0, 1]; precision, recall, F1
 * and Jaccard all reported whatever the metric; the ids matched, missed and wrongly claimed,
 * each in the spec's (dataset) order; and feedback on every one of those items, in the same order.
 */
public record SetSelectionResult(double score, SelectionMetric metric, double precision, double recall,
                                 double f1, double jaccard, List<String> matched, List<String> missed,
                                 List<String> wronglyClaimed, List<SelectionFeedback> items) implements GradeResult {

    public SetSelectionResult {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        wronglyClaimed = List.copyOf(wronglyClaimed);
        items = List.copyOf(items);
    }

    /** The spec's metric. */
    @Override
    public ScoringRule scoringRule() {
        return metric == SelectionMetric.JACCARD ? ScoringRule.SELECTION_JACCARD : ScoringRule.SELECTION_F1;
    }

    /**
     * No items missed; wrongly claimed ones without explanation. The metrics stay: with the
     * learner's own matched and wrong items they say no more than the score does.
     */
    @Override
    public SetSelectionResult withheld() {
        List<SelectionFeedback> own = items.stream().filter(f -> f.outcome() != ItemOutcome.MISSED)
                .map(f -> f.outcome() == ItemOutcome.MATCHED ? f
                        : new SelectionFeedback(f.itemId(), f.outcome(), null)).toList();
        return new SetSelectionResult(score, metric, precision, recall, f1, jaccard, matched, List.of(),
                wronglyClaimed, own);
    }
}
