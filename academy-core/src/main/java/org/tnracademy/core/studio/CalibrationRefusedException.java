package org.tnracademy.core.studio;

import java.util.List;

/** A calibration that cannot be saved or compared as asked; nothing was written. */
public class CalibrationRefusedException extends RuntimeException {

    /** What is wrong, for the page to say in the reader's language. */
    public enum Reason { UNKNOWN_EXERCISE, NOT_ITEM_LABELLING, KEY_CHANGED, INVALID_LABELS, ITEMS_UNLABELLED,
        NOT_CALIBRATED }

    private final Reason reason;
    private final List<String> items;

    CalibrationRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    CalibrationRefusedException(Reason reason, String message, List<String> items) {
        super(message);
        this.reason = reason;
        this.items = List.copyOf(items);
    }

    public Reason reason() {
        return reason;
    }

    /** The items concerned (unlabelled, or with an unknown label); empty otherwise. */
    public List<String> items() {
        return items;
    }
}
