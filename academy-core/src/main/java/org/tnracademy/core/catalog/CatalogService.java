package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.AttemptPolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.types.SetSelectionType;

/** The course catalogue: courses, their outline, lessons and exercise sheets (never keys). */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final ExerciseRepository exercises;
    private final DatasetService datasets;
    private final MarkdownRenderer markdown;
    private final CourseImages courseImages;
    private final ExerciseVersions versions;

    CatalogService(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
                   ExerciseRepository exercises, DatasetService datasets, MarkdownRenderer markdown,
                   CourseImages courseImages, ExerciseVersions versions) {
        this.versions = versions;
        this.courseImages = courseImages;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.exercises = exercises;
        this.datasets = datasets;
        this.markdown = markdown;
    }

    /** The published courses (a course created in the studio is listed from its first publication). */
    @PreAuthorize("isAuthenticated()")
    public List<CourseCard> courses() {
        return courses.findAllByPublishedTrueOrderByIdAsc().stream().map(c -> {
            CourseOutline o = outlineOf(c);
            int lessonCount = (int) o.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).count();
            return new CourseCard(c.id, c.slug, c.level, c.title, c.summary, lessonCount,
                    o.steps().size() - lessonCount);
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CourseOutline> outline(long courseId) {
        return courses.findById(courseId).filter(c -> c.published).map(this::outlineOf);
    }

    /** A course's outline whether or not it has been published yet, for the studio. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<CourseOutline> studioOutline(long courseId) {
        return courses.findById(courseId).map(this::outlineOf);
    }

    /** Every course with its outline, for the progress page and the instructors' overview. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseOutline> outlines() {
        return courses.findAllByPublishedTrueOrderByIdAsc().stream().map(this::outlineOf).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<LessonPage> lesson(long lessonId, Locale locale) {
        return lessons.findById(lessonId).map(l -> {
            Course course = courseOfModule(l.moduleId);
            return new LessonPage(l.id, course.id, course.title, l.title, l.minutes, l.contentNote,
                    markdown.toSafeHtml(l.body.in(locale), courseImages.publishedLinks(course.id)));
        });
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ExerciseSheet> exercise(long exerciseId, Locale locale) {
        return exercises.findById(exerciseId).map(e -> {
            Course course = courseOfModule(e.moduleId);
            ExercisePolicy policy = new ExercisePolicy(e.maxAttempts, e.timeLimitMinutes, e.scoring,
                    ExerciseTrees.hints(e.hints).stream().map(AttemptPolicy.Hint::cost).toList());
            return new ExerciseSheet(e.id, course.id, course.title, e.slug, e.type, e.version, e.title,
                    markdown.toSafeHtml(e.instructions.in(locale)), ExerciseTrees.spec(e.type, e.spec),
                    ExerciseTrees.labelOptions(e.type, e.spec), e.datasetId, policy, e.level, e.formList(),
                    courseImages.publishedLinks(course.id));
        });
    }

    /**
     * Whether the exercise version takes attempts, or which version does (a learner who opens an
     * old address is led there); empty for an unknown id.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ExerciseAvailability> availability(long exerciseId) {
        return versions.availability(exerciseId);
    }

    /** Every exercise in catalogue order, for gradebook columns. */
    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
    public List<CourseOutline.Step> allExercises() {
        return outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).toList();
    }

    /**
     * The forms of TNR each exercise trains, by exercise id, for competency by form (a cohort's, or
     * a learner's own): every signed-in user already sees them on the exercise sheet.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<String>> formsOf(Collection<Long> exerciseIds) {
        return exercises.findAllById(exerciseIds).stream()
                .collect(Collectors.toMap(e -> e.id, Exercise::formList));
    }

    private Course courseOfModule(long moduleId) {
        CourseModule module = modules.findById(moduleId).orElseThrow();
        return courses.findById(module.courseId).orElseThrow();
    }

    /**
     * What a learner works through: the dataset's items, except in set selection, where the
     * choice is among the spec's items (accounts) and the dataset only gives the evidence.
     */
    private int itemsToWorkOn(Exercise e) {
        if (SetSelectionType.ID.equals(e.type)) {
            Object items = Json.read(e.spec, Map.class).get("items");
            return items instanceof List<?> list ? list.size() : 0;
        }
        return e.datasetId == null ? 0 : datasets.size(e.datasetId);
    }

    private CourseOutline outlineOf(Course course) {
        List<CourseModule> ms = modules.findByCourseIdAndRetiredFalseOrderByPosition(course.id);
        List<Long> ids = ms.stream().map(m -> m.id).toList();
        Map<Long, List<CourseOutline.Step>> stepsByModule = new java.util.HashMap<>();
        record Positioned(long moduleId, int position, CourseOutline.Step step) {
        }
        List<Positioned> all = new ArrayList<>();
        for (Lesson l : lessons.findByModuleIdInAndRetiredFalseOrderByPosition(ids)) {
            all.add(new Positioned(l.moduleId, l.position, new CourseOutline.Step(CourseOutline.StepKind.LESSON,
                    l.id, l.slug, l.title, l.minutes, null, 0, 0, 0)));
        }
        for (Exercise e : exercises.findByModuleIdInAndRetiredFalseOrderByPosition(ids)) {
            int items = itemsToWorkOn(e);
            all.add(new Positioned(e.moduleId, e.position, new CourseOutline.Step(CourseOutline.StepKind.EXERCISE,
                    e.id, e.slug, e.title, 0, e.type, e.version, e.maxAttempts, items)));
        }
        all.sort(Comparator.comparingInt(Positioned::position));
        for (Positioned p : all) {
            stepsByModule.computeIfAbsent(p.moduleId(), k -> new ArrayList<>()).add(p.step());
        }
        Map<Long, CourseModule> byId = ms.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<CourseOutline.Module> outlineModules = ms.stream()
                .map(m -> new CourseOutline.Module(m.id, m.slug, byId.get(m.id).title,
                        stepsByModule.getOrDefault(m.id, List.of())))
                .toList();
        return new CourseOutline(course.id, course.slug, course.level, course.title, course.summary, outlineModules);
    }
}
