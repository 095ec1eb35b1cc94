package org.tnracademy.exercises;

/**
 * How one learner answered one item of an exercise, as item analysis counts it. Each type splits
 * its results into these ({@link ExerciseType#itemResponses}); the words below stand where an
 * answer or key has no text of its own: they are tokens, not English, and views translate them.
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
public record ItemResponse(String itemId, String expected, String given, double credit, Double error,
                           String errorUnit) {

    /** The learner left the item unanswered. */
    public static final String NOTHING = "(none)";
    /** Set selection: the item was (or should have been) chosen. */
    public static final String CHOSEN = "chosen";
    /** Set selection: the item was (or should have been) left out. */
    public static final String NOT_CHOSEN = "not chosen";
    /** A short-answer blank whose key accepts patterns only, which the stored result does not repeat. */
    public static final String PATTERN_ONLY = "—";
    /** Prefix of a span category marked over too little of the key span. */
    public static final String PARTIAL = "~";

    public ItemResponse {
        if (!(credit >= 0 && credit <= 1)) {
            throw new IllegalArgumentException("credit of item '" + itemId + "' must be in [0, 1], was " + credit);
        }
    }

    /** An item marked right or wrong, with no error to report. */
    public ItemResponse(String itemId, String expected, String given, boolean correct) {
        this(itemId, expected, given, correct ? 1 : 0, null, null);
    }

    /** The value itself, or {@link #NOTHING} for none. */
    public static String orNothing(String value) {
        return value == null || value.isBlank() ? NOTHING : value;
    }
}
