package org.tnracademy.core.answerdraft;

/** A draft that was not stored, with the reason a view can put into words; the draft stored before is kept. */
public class DraftRefusedException extends RuntimeException {

    /**
     * Why: TOO_LARGE and TOO_DEEP name the bound the tree went over ({@link #limit()}),
     * NOT_A_TREE a value that is no answer tree at all, UNKNOWN_EXERCISE an exercise that does not exist.
     */
    public enum Reason {
        TOO_LARGE, TOO_DEEP, NOT_A_TREE, UNKNOWN_EXERCISE
    }

    private final Reason reason;
    private final long limit;

    public DraftRefusedException(Reason reason, long limit, String message) {
        super(message);
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    /** The bound that was passed (characters, values or levels), or 0 when none applies. */
    public long limit() {
        return limit;
    }
}
