package org.tnracademy.core.analysis;

import java.util.List;

import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Splits a stored result into its items, through the result's exercise type
 * ({@link org.tnracademy.exercises.ExerciseType#itemResponses}): each type says what its items are.
 */
final class ItemOutcomes {

    static final String CHOSEN = AnswerTokens.CHOSEN;
    static final String NOT_CHOSEN = AnswerTokens.NOT_CHOSEN;
    /** Prefix of a span mark of the right category that overlaps the key span too little. */
    static final String PARTIAL_MARK = AnswerTokens.PARTIAL;
    /** The key of a blank that accepts patterns only, which the stored result does not repeat. */
    static final String PATTERN_ONLY = AnswerTokens.PATTERN_ONLY;

    private ItemOutcomes() {
    }

    static boolean supports(String type) {
        return ExerciseTypes.byId(type).isPresent();
    }

    /**
     * The items of one result. Some types (set selection) report only items in the key or chosen:
     * an item missing from it was rightly left out, which the caller counts from the other results.
     */
    static List<ItemOutcome> of(GradeResult result) {
        return ExerciseTypes.ofResult(result).orElseThrow(() -> new IllegalArgumentException(
                        "no item analysis for results of type " + result.getClass().getSimpleName()))
                .itemResponses(result).stream()
                .map(i -> new ItemOutcome(i.itemId(), i.expected(), i.given(), i.credit(), i.error(), i.errorUnit()))
                .toList();
    }

    /** Whether results of the type list only the items in the key or answered (see {@link #of}). */
    static boolean omitsRightlyLeftOut(String type) {
        return ExerciseTypes.get(type).resultsOmitRightlyLeftOutItems();
    }
}
