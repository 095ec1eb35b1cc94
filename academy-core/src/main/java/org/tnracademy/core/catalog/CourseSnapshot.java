package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.policy.AttemptPolicy;

/**
 * A course as it stands in the catalogue, turned back into the pack it would be imported from:
 * current modules, lessons and exercise versions with their current answer keys. The studio
 * exports it and publishes edits through the importer with it; exercises keep the content hash they
 * were stored with, so an exercise nobody changed is not turned into a new version.
 */
@Service
@Transactional(readOnly = true)
public class CourseSnapshot {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final ExerciseRepository exercises;
    private final AnswerKeyRepository keys;
    private final DatasetService datasets;
    private final CourseImages courseImages;

    CourseSnapshot(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
                   ExerciseRepository exercises, AnswerKeyRepository keys, DatasetService datasets,
                   CourseImages courseImages) {
        this.courseImages = courseImages;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.exercises = exercises;
        this.keys = keys;
        this.datasets = datasets;
    }

    /** The course as a pack, or empty when there is no such course. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<CoursePack> of(long courseId) {
        return courses.findById(courseId).map(c -> pack(c, true));
    }

    /**
     * The course as a pack without its data: no dataset items (an exercise's dataset is null) and no
     * pictures. For editors that read texts, specs and keys on every request, where loading every
     * post of every dataset would be wasted.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<CoursePack> structureOf(long courseId) {
        return courses.findById(courseId).map(c -> pack(c, false));
    }

    /** The Markdown source of a lesson with the course it belongs to, for the lesson editor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<LessonSource> lessonSource(long lessonId) {
        return lessons.findById(lessonId).map(l -> {
            CourseModule module = modules.findById(l.moduleId).orElseThrow();
            Course course = courses.findById(module.courseId).orElseThrow();
            return new LessonSource(l.id, course.id, course.title, course.packVersion, l.slug, l.title, l.minutes,
                    l.body, l.contentNote, l.retired);
        });
    }

    private CoursePack pack(Course course, boolean withData) {
        List<CoursePack.Module> packModules = new ArrayList<>();
        for (CourseModule m : modules.findByCourseIdAndRetiredFalseOrderByPosition(course.id)) {
            record Positioned(int position, CoursePack.Item item) {
            }
            List<Positioned> items = new ArrayList<>();
            for (Lesson l : lessons.findByModuleIdInAndRetiredFalseOrderByPosition(List.of(m.id))) {
                items.add(new Positioned(l.position, new CoursePack.Lesson(l.slug, l.minutes, l.title, l.body,
                        l.contentNote)));
            }
            for (Exercise e : exercises.findByModuleIdInAndRetiredFalseOrderByPosition(List.of(m.id))) {
                items.add(new Positioned(e.position, exercise(e, withData)));
            }
            items.sort(Comparator.comparingInt(Positioned::position));
            packModules.add(new CoursePack.Module(m.slug, m.title, items.stream().map(Positioned::item).toList()));
        }
        return new CoursePack(course.slug, course.packVersion, course.level, course.title, course.summary,
                packModules, course.contentHash, withData ? courseImages.published(course.id) : List.of(),
                course.passMark);
    }

    private CoursePack.Exercise exercise(Exercise e, boolean withData) {
        AnswerKey key = keys.findByExerciseIdAndKeyVersion(e.id, e.keyVersion).orElseThrow(() ->
                new IllegalStateException("Exercise " + e.id + " has no key version " + e.keyVersion));
        AttemptPolicy policy = new AttemptPolicy(e.maxAttempts, e.timeLimitMinutes, e.scoring,
                ExerciseTrees.hints(e.hints), e.confidencePolicy(), e.variantPolicy());
        return new CoursePack.Exercise(e.slug, e.type, e.version, e.title, e.instructions, e.level, e.formList(),
                ExerciseTrees.tree(e.spec), ExerciseTrees.tree(key.keyJson), policy,
                e.datasetId == null || !withData ? null : datasets.asPackDataset(e.datasetId), e.contentHash);
    }
}
