package org.tnracademy.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.QuestionFeedback;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.indicators.LineFeedback;
import org.tnracademy.exercises.indicators.LineOutcome;
import org.tnracademy.exercises.labelling.ItemFeedback;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.setselection.SelectionFeedback;
import org.tnracademy.exercises.setselection.SetSelectionResult;

/**
 * Splits a stored result into right or wrong per item, for the types whose items are marked one by
 * one: labelling (posts), set selection (accounts), indicators (log lines) and choice (questions).
 */
final class ItemOutcomes {

    static final String CHOSEN = "chosen";
    static final String NOT_CHOSEN = "not chosen";

    private ItemOutcomes() {
    }

    static boolean supports(String type) {
        return switch (type) {
            case "item-labelling", "set-selection", "indicators", "choice" -> true;
            default -> false;
        };
    }

    /**
     * The items of one result. Set selection reports only items in the key or chosen: an item
     * missing from it was rightly left out, which the caller counts from the other results.
     */
    static List<ItemOutcome> of(GradeResult result) {
        List<ItemOutcome> out = new ArrayList<>();
        switch (result) {
            case LabellingResult r -> {
                for (ItemFeedback i : r.items()) {
                    out.add(new ItemOutcome(i.itemId(), i.expectedLabel(), orNothing(i.givenLabel()), i.correct()));
                }
            }
            case ChoiceResult r -> {
                for (QuestionFeedback q : r.questions()) {
                    out.add(new ItemOutcome(q.questionId(), String.join("+", q.correct()),
                            q.picked().isEmpty() ? ItemOutcome.NOTHING : String.join("+", q.picked()),
                            q.fullyCorrect()));
                }
            }
            case IndicatorsResult r -> {
                for (LineFeedback l : r.lines()) {
                    boolean right = l.outcome() == LineOutcome.HIT || l.outcome() == LineOutcome.DECOY_AVOIDED
                            || l.outcome() == LineOutcome.CLEAR;
                    out.add(new ItemOutcome(l.lineId(), orNothing(l.expectedIndicator()),
                            orNothing(l.givenIndicator()), right));
                }
            }
            case SetSelectionResult r -> {
                for (SelectionFeedback s : r.items()) {
                    switch (s.outcome()) {
                        case MATCHED -> out.add(new ItemOutcome(s.itemId(), CHOSEN, CHOSEN, true));
                        case MISSED -> out.add(new ItemOutcome(s.itemId(), CHOSEN, NOT_CHOSEN, false));
                        case WRONGLY_CLAIMED -> out.add(new ItemOutcome(s.itemId(), NOT_CHOSEN, CHOSEN, false));
                    }
                }
            }
            default -> {
                // other types have no item-by-item right or wrong to count
            }
        }
        return out;
    }

    private static String orNothing(String value) {
        return value == null || value.isBlank() ? ItemOutcome.NOTHING : value;
    }
}
