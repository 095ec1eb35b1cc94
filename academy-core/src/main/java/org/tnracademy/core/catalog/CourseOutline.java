package org.tnracademy.core.catalog;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/** A course with its modules and their lessons and exercises, in order. */
public record CourseOutline(long id, String slug, String level, LocalizedText title, LocalizedText summary,
                            List<Module> modules) {

    public CourseOutline {
        modules = List.copyOf(modules);
    }

    public record Module(long id, String slug, LocalizedText title, List<Step> steps) {
        public Module {
            steps = List.copyOf(steps);
        }
    }

    public enum StepKind { LESSON, EXERCISE }

    /**
     * A lesson or an exercise. For exercises, {@code exerciseType}, {@code version},
     * {@code maxAttempts} and {@code itemCount} are set; for lessons, {@code minutes}.
     */
    public record Step(StepKind kind, long id, String slug, LocalizedText title, int minutes, String exerciseType,
                       int version, int maxAttempts, int itemCount) {
    }

    public List<Step> steps() {
        return modules.stream().flatMap(m -> m.steps().stream()).toList();
    }
}
