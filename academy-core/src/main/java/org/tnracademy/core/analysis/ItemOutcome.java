package org.tnracademy.core.analysis;

/**
 * How one learner answered one item of an exercise.
 *
 * @param expected  what the key holds for the item
 * @param given     what the learner answered; {@link #NOTHING} when they left it
 * @param credit    share of the item's credit earned, in [0, 1]: 1 or 0 for items marked right or
 *                  wrong, points / maximum for a rubric criterion
 * @param error     how far an estimate was from the truth, in {@code errorUnit}; null for other items
 *                  and for unanswered estimates
 * @param errorUnit "km", the question's unit, or "relative" (a fraction of the true value); null
 *                  with no error
 */
record ItemOutcome(String itemId, String expected, String given, double credit, Double error, String errorUnit) {

    static final String NOTHING = AnswerTokens.NOTHING;

    ItemOutcome {
        if (!(credit >= 0 && credit <= 1)) {
            throw new IllegalArgumentException("credit of item '" + itemId + "' must be in [0, 1], was " + credit);
        }
    }

    /** An item marked right or wrong, with no error to report. */
    ItemOutcome(String itemId, String expected, String given, boolean correct) {
        this(itemId, expected, given, correct ? 1 : 0, null, null);
    }

    /** Full credit: only that counts as right in the share-correct figures. */
    boolean correct() {
        return credit >= 1;
    }
}
