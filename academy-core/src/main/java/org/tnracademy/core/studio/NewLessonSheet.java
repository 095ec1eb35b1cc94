package org.tnracademy.core.studio;

import java.time.Instant;

/**
 * A lesson created in the studio, as its editor opens it.
 *
 * @param id       the draft's id (not a lesson id: the lesson has none until published)
 * @param slug     the lesson's id in the pack
 * @param moduleId the module it was created in
 * @param revision the revision to name when saving
 */
public record NewLessonSheet(long id, long courseId, String moduleId, String slug, NewLessonText text,
                             long revision, String savedBy, Instant savedAt) {
}
