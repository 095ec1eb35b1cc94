package org.tnracademy.core.studio;

import java.time.Instant;

/**
 * A save made from an older revision than the one stored: someone else saved (or published) in
 * between. Nothing was written; the editor keeps the text and offers to reload.
 *
 * @see LessonDrafts#save
 */
public class StaleDraftException extends RuntimeException {

    private final long currentRevision;
    private final String savedBy;
    private final transient Instant savedAt;

    StaleDraftException(long lessonId, long expected, long currentRevision, String savedBy, Instant savedAt) {
        this("Lesson " + lessonId, expected, currentRevision, savedBy, savedAt);
    }

    /** @param what the draft's subject for the message, such as "Course 12" */
    StaleDraftException(String what, long expected, long currentRevision, String savedBy, Instant savedAt) {
        super(what + " was saved as revision " + currentRevision
                + (savedBy == null ? " (published, no draft left)" : " by " + savedBy + " at " + savedAt)
                + " after revision " + expected + " was opened");
        this.currentRevision = currentRevision;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    /** The revision stored now: 0 when the draft was published and none is left. */
    public long currentRevision() {
        return currentRevision;
    }

    /** Who saved the newer revision; null when the draft was published meanwhile. */
    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
