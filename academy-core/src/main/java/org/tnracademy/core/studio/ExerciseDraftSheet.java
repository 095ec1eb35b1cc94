package org.tnracademy.core.studio;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.LocalizedText;

/**
 * An exercise as the editor opens it: its draft, or the published exercise when it has none
 * (revision 0).
 *
 * @param created     true for an exercise the course does not have yet
 * @param exerciseId  the published exercise's id; null for a new one
 * @param problems    what a pack import would refuse; empty when the draft can be published
 * @param revision    the revision to name on the next save; 0 when there is no draft yet
 */
public record ExerciseDraftSheet(long courseId, String courseSlug, LocalizedText courseTitle, String slug,
                                 String type, boolean created, Long exerciseId, String moduleId,
                                 LocalizedText title, LocalizedText instructions, String level, List<String> forms,
                                 AttemptPolicy policy, Map<String, Object> spec, Map<String, Object> key,
                                 Long datasetId, List<DraftProblem> problems, long revision, String savedBy,
                                 Instant savedAt) {

    public ExerciseDraftSheet {
        forms = List.copyOf(forms);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean isDraft() {
        return revision > 0;
    }

    /** The editable part, as {@link ExerciseDrafts#save} takes it. */
    public ExerciseDraftContent content() {
        return new ExerciseDraftContent(moduleId, title, instructions, level, forms, policy, spec, key, datasetId);
    }
}
