package org.tnracademy.core.studio;

/** A draft or a publication that cannot be saved as given; nothing was written. */
public class DraftRefusedException extends RuntimeException {

    /** What is wrong, for the page to say in the reader's language. */
    public enum Reason { UNKNOWN_LESSON, RETIRED_LESSON, UNKNOWN_LANGUAGE, EMPTY_TITLE, TITLE_TOO_LONG, EMPTY_TEXT,
        UNKNOWN_COURSE, NOTHING_TO_PUBLISH, EMPTY_MODULE_TITLE, MODULES_CHANGED,
        SUMMARY_TOO_LONG,
        // course structure (CourseStructure, NewLessons, CourseArrangement)
        INVALID_ID, COURSE_EXISTS, INVALID_LEVEL, ID_TAKEN, UNKNOWN_MODULE, UNKNOWN_ITEM, ITEM_TWICE, EMPTY_MODULE,
        INVALID_MINUTES, CONTENT_NOTE_TOO_LONG, UNKNOWN_NEW_LESSON, TEXT_TOO_LONG,
        /** An exercise draft, or publishing exercise drafts: see {@link ExerciseDraftRefusedException#why()}. */
        EXERCISE_DRAFT }

    private final Reason reason;

    DraftRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
