package org.tnracademy.core.answerdraft;

/** A draft that was not stored, with the reason a view can put into words; the draft stored before is kept. */
public class DraftRefusedException extends RuntimeException {

    /**
     * Why: TOO_LARGE a tree beyond the bounds of every answer (the message names the bound, see
     * {@link org.tnracademy.exercises.AnswerLimits#checkDraft}), NOT_A_TREE a value that is no
     * answer tree at all, UNKNOWN_EXERCISE an exercise that does not exist.
     */
    public enum Reason {
        TOO_LARGE, NOT_A_TREE, UNKNOWN_EXERCISE
    }

    private final Reason reason;

    public DraftRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
