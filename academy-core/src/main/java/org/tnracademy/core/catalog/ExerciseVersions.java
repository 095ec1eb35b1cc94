package org.tnracademy.core.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which version of an exercise is current. Every version is its own exercise row, kept with
 * the attempts made on it; a changed exercise gets a new row of the same slug in the same course and
 * the old row is retired ({@link CourseImporter}). The current version is the one row of that slug
 * not retired, in a module not retired, of a published course.
 */
@Component
@Transactional(readOnly = true)
public class ExerciseVersions {

    private final ExerciseRepository exercises;
    private final CourseModuleRepository modules;

    ExerciseVersions(ExerciseRepository exercises, CourseModuleRepository modules) {
        this.exercises = exercises;
        this.modules = modules;
    }

    /**
     * Empty for an unknown exercise id. Asked on every exercise page and submission, so the usual case
     * (a current version) is one query of a few columns.
     */
    public Optional<ExerciseAvailability> availability(long exerciseId) {
        return exercises.standing(exerciseId).map(this::availability);
    }

    private ExerciseAvailability availability(ExerciseStanding e) {
        if (!e.coursePublished()) {
            return new ExerciseAvailability(e.exerciseId(), ExerciseAvailability.State.WITHDRAWN, e.courseId(), null);
        }
        if (!e.exerciseRetired() && !e.moduleRetired()) {
            return new ExerciseAvailability(e.exerciseId(), ExerciseAvailability.State.CURRENT, e.courseId(),
                    e.exerciseId());
        }
        List<Long> liveModules = modules.findByCourseIdAndRetiredFalseOrderByPosition(e.courseId()).stream()
                .map(m -> m.id).toList();
        return exercises.findByModuleIdInAndSlugAndRetiredFalse(liveModules, e.slug()).stream()
                .filter(current -> current.id != e.exerciseId()).findFirst()
                .map(current -> new ExerciseAvailability(e.exerciseId(), ExerciseAvailability.State.SUPERSEDED,
                        e.courseId(), current.id))
                .orElseGet(() -> new ExerciseAvailability(e.exerciseId(), ExerciseAvailability.State.WITHDRAWN,
                        e.courseId(), null));
    }
}
