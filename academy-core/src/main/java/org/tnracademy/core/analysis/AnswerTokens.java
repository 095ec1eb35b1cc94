package org.tnracademy.core.analysis;

import org.tnracademy.exercises.ItemResponse;

/**
 * Words item analysis puts where an answer or key has no text of its own. They are tokens, not
 * English: views translate them (and the CSV export keeps them as they are, for machines). The
 * exercise types write them ({@link ItemResponse}).
 */
public final class AnswerTokens {

    /** The learner left the item unanswered. */
    public static final String NOTHING = ItemResponse.NOTHING;
    /** Set selection: the item was (or should have been) chosen. */
    public static final String CHOSEN = ItemResponse.CHOSEN;
    /** Set selection: the item was (or should have been) left out. */
    public static final String NOT_CHOSEN = ItemResponse.NOT_CHOSEN;
    /** A short-answer blank whose key accepts patterns only, which the stored result does not repeat. */
    public static final String PATTERN_ONLY = ItemResponse.PATTERN_ONLY;
    /** Prefix of a span category marked over too little of the key span. */
    public static final String PARTIAL = ItemResponse.PARTIAL;

    private AnswerTokens() {
    }

    /** Whether a value is one of these tokens rather than an answer's own text. */
    public static boolean isToken(String value) {
        return NOTHING.equals(value) || CHOSEN.equals(value) || NOT_CHOSEN.equals(value) || PATTERN_ONLY.equals(value);
    }
}
