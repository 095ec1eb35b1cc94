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
    private final CourseRepository courses;

    ExerciseVersions(ExerciseRepository exercises, CourseModuleRepository modules, CourseRepository courses) {
        this.exercises = exercises;
        this.modules = modules;
        this.courses = courses;
    }

    /** Empty for an unknown exercise id. */
    public Optional<ExerciseAvailability> availability(long exerciseId) {
        return exercises.findById(exerciseId).map(this::availability);
    }

    private ExerciseAvailability availability(Exercise e) {
        CourseModule module = modules.findById(e.moduleId).orElseThrow();
        Course course = courses.findById(module.courseId).orElseThrow();
        if (!course.published) {
            return new ExerciseAvailability(e.id, ExerciseAvailability.State.WITHDRAWN, course.id, null);
        }
        if (!e.retired && !module.retired) {
            return new ExerciseAvailability(e.id, ExerciseAvailability.State.CURRENT, course.id, e.id);
        }
        List<Long> liveModules = modules.findByCourseIdAndRetiredFalseOrderByPosition(course.id).stream()
                .map(m -> m.id).toList();
        return exercises.findByModuleIdInAndSlugAndRetiredFalse(liveModules, e.slug).stream()
                .filter(current -> !current.id.equals(e.id)).findFirst()
                .map(current -> new ExerciseAvailability(e.id, ExerciseAvailability.State.SUPERSEDED, course.id,
                        current.id))
                .orElseGet(() -> new ExerciseAvailability(e.id, ExerciseAvailability.State.WITHDRAWN, course.id,
                        null));
    }
}
