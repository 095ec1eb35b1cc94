package org.tnracademy.core.catalog;

/** A pass mark that cannot be set: no such course, or not a percentage. Nothing was changed. */
public class PassMarkRefusedException extends RuntimeException {

    public enum Reason { UNKNOWN_COURSE, OUT_OF_RANGE }

    private final Reason reason;

    PassMarkRefusedException(Reason reason, long courseId, int percent) {
        super(switch (reason) {
            case UNKNOWN_COURSE -> "No course with id " + courseId;
            case OUT_OF_RANGE -> "Pass mark of course " + courseId + ": a whole percentage from 0 to 100 is required, was "
                    + percent;
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
