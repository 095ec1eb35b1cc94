package org.tnracademy.core.studio;

import java.time.Instant;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * A course as the course editor opens it: its draft if there is one, else the published course.
 *
 * @param modules  the modules in their (draft) order
 * @param revision the revision to name when saving: 0 while there is no draft
 * @param savedBy  who saved the draft last; null while there is no draft
 * @param savedAt  when; null while there is no draft
 */
public record CourseDraftSheet(long courseId, String slug, int packVersion, LocalizedText title,
                               LocalizedText summary, List<ModuleTitle> modules, long revision, String savedBy,
                               Instant savedAt) {

    public CourseDraftSheet {
        modules = List.copyOf(modules);
    }

    public boolean isDraft() {
        return revision > 0;
    }
}
