package org.tnracademy.core.studio;

import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.LocalizedText;

/**
 * What an instructor edits of an exercise: everything but its slug and type, which a draft keeps
 * from its creation. Spec and key are the trees of the type's documented format
 * (docs/exercise-types), as the pack's YAML would give them.
 *
 * @param moduleId  the module of the course the exercise belongs to
 * @param level     null for none
 * @param datasetId a stored dataset (see {@link ExerciseDrafts#datasets}); null for types without one
 */
public record ExerciseDraftContent(String moduleId, LocalizedText title, LocalizedText instructions, String level,
                                   List<String> forms, AttemptPolicy policy, Map<String, Object> spec,
                                   Map<String, Object> key, Long datasetId) {

    public ExerciseDraftContent {
        forms = forms == null ? List.of() : List.copyOf(forms);
        spec = spec == null ? Map.of() : spec;
        key = key == null ? Map.of() : key;
        title = title == null ? new LocalizedText(Map.of()) : title;
        instructions = instructions == null ? new LocalizedText(Map.of()) : instructions;
        policy = policy == null ? AttemptPolicy.defaults() : policy;
    }
}
