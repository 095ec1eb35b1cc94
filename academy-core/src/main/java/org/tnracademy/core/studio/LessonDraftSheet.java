package org.tnracademy.core.studio;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/**
 * A lesson as the editor opens it: the draft if there is one, else the published text.
 *
 * @param contentNote the note learners see before the lesson, per language; null when it has none
 * @param revision the revision to name when saving: 0 while there is no draft
 * @param savedBy  who saved the draft last; null while there is no draft
 * @param savedAt  when; null while there is no draft
 */
public record LessonDraftSheet(long lessonId, long courseId, LocalizedText courseTitle, int coursePackVersion,
                               String slug, LocalizedText title, LocalizedText markdown, LocalizedText contentNote,
                               long revision,
                               String savedBy, Instant savedAt) {

    public boolean isDraft() {
        return revision > 0;
    }
}
