package org.tnracademy.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.types.ExerciseTypes;

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
    private final ParsedExercises parsed;
    private final LearnerVariants variants;
    private final AccountService accounts;
    private final KeptCourseOutlines kept;
    private final TransactionTemplate readOnly;

    CatalogService(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
                   ExerciseRepository exercises, DatasetService datasets, MarkdownRenderer markdown,
                   CourseImages courseImages, ExerciseVersions versions, ParsedExercises parsed,
                   LearnerVariants variants, AccountService accounts, KeptCourseOutlines kept,
                   PlatformTransactionManager transactions) {
        this.kept = kept;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.variants = variants;
        this.accounts = accounts;
        this.parsed = parsed;
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
        return outlines().stream().map(CourseCard::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CourseOutline> outline(long courseId) {
        return courses.findStampById(courseId).filter(CourseStamp::published)
                .map(stamp -> outlinesAt(List.of(stamp)).getFirst());
    }

    /** A course's outline whether or not it has been published yet, for the studio. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<CourseOutline> studioOutline(long courseId) {
        return courses.findStampById(courseId).map(stamp -> outlinesAt(List.of(stamp)).getFirst());
    }

    /** Every course with its outline, for the progress page and the instructors' overview. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseOutline> outlines() {
        return outlinesAt(courses.findPublishedStamps());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<LessonPage> lesson(long lessonId, Locale locale) {
        return lessons.findById(lessonId).map(l -> {
            Course course = courseOfModule(l.moduleId);
            return new LessonPage(l.id, course.id, course.title, l.title, l.minutes, l.contentNote,
                    markdown.toSafeHtml(l.body.in(locale), courseImages.publishedLinks(course.id)));
        });
    }

    /**
     * The whole exercise, every item of its pool: what the studio, the key screens and item analysis
     * show. A learner works on {@link #exerciseToWork} instead.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ExerciseSheet> exercise(long exerciseId, Locale locale) {
        return sheet(exerciseId, locale);
    }

    /**
     * The exercise as the signed-in person works on it: with per-learner variants, their own variant
     * (drawn at their first visit and kept), so the page, the draft and the grade agree; the whole
     * exercise otherwise. Read in one read-only transaction (the exercise read once), except at a
     * first visit of a variant exercise: the variant is then drawn and stored in a short transaction
     * of its own between two reads, never while a read holds a connection. Holding one would take
     * two connections per first visit, and enough first visits at once would hold every connection
     * of the pool and wait for each other until the pool's timeout.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ExerciseSheet> exerciseToWork(long exerciseId, Locale locale) {
        long learnerId = accounts.currentId();
        ToWork read = readOnly.execute(status -> toWork(exerciseId, locale, learnerId));
        if (!read.variantToDraw()) {
            return read.sheet();
        }
        List<String> items = variants.items(exerciseId, learnerId).orElseThrow();
        return readOnly.execute(status -> read.sheet().map(sheet -> inVariant(sheet, items)));
    }

    /** A sheet as read, and whether the learner's variant must still be drawn before they work on it. */
    private record ToWork(Optional<ExerciseSheet> sheet, boolean variantToDraw) {
    }

    private ToWork toWork(long exerciseId, Locale locale, long learnerId) {
        Optional<ExerciseSheet> sheet = sheet(exerciseId, locale);
        if (sheet.isEmpty() || !variants.on(exerciseId)) {
            return new ToWork(sheet, false);
        }
        return variants.stored(exerciseId, learnerId)
                .map(items -> new ToWork(Optional.of(inVariant(sheet.get(), items)), false))
                .orElseGet(() -> new ToWork(sheet, true));
    }

    /**
     * An instructor's preview of any learner's variant, or of sample variant n: the sheet that
     * learner works on (the whole exercise when it gives no variants).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ExerciseSheet> variantPreview(long exerciseId, VariantSubject subject, Locale locale) {
        return sheet(exerciseId, locale).map(sheet -> variants.items(exerciseId, subject)
                .map(items -> inVariant(sheet, items)).orElse(sheet));
    }

    private ExerciseSheet inVariant(ExerciseSheet sheet, List<String> items) {
        Exercise e = exercises.findById(sheet.id()).orElseThrow();
        Map<String, Object> specTree = variants.specOf(e.type, parsed.spec(e).tree(), items);
        return sheet.inVariant(ExerciseTypes.get(e.type).readSpec(specTree), items);
    }

    private Optional<ExerciseSheet> sheet(long exerciseId, Locale locale) {
        return exercises.findById(exerciseId).map(e -> {
            Course course = courseOfModule(e.moduleId);
            ParsedExercises.ParsedSpec spec = parsed.spec(e);
            ExercisePolicy policy = new ExercisePolicy(e.maxAttempts, e.timeLimitMinutes, e.scoring,
                    spec.hints().stream().map(AttemptPolicy.Hint::cost).toList(), e.confidencePolicy());
            return new ExerciseSheet(e.id, course.id, course.title, e.slug, e.type, e.version, e.title,
                    markdown.toSafeHtml(e.instructions.in(locale)), spec.spec(),
                    spec.labels(), e.datasetId, policy, e.level, e.formList(),
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

    /** The course an exercise version belongs to: publications and regrades run one per course. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<Long> courseOfExercise(long exerciseId) {
        return exercises.findById(exerciseId).map(e -> courseOfModule(e.moduleId).id);
    }

    private Course courseOfModule(long moduleId) {
        CourseModule module = modules.findById(moduleId).orElseThrow();
        return courses.findById(module.courseId).orElseThrow();
    }

    /**
     * What a learner works through: with per-learner variants, the items of their variant; else the
     * dataset's items, except in set selection, where the choice is among the spec's items
     * (accounts) and the dataset only gives the evidence.
     */
    private int itemsToWorkOn(Exercise e, Map<Long, Integer> datasetSizes) {
        if (e.variantPolicy().on()) {
            return e.variantPolicy().items();
        }
        return ExerciseTypes.get(e.type).specItemCount(() -> parsed.specTree(e))
                .orElse(e.datasetId == null ? 0 : datasetSizes.getOrDefault(e.datasetId, 0));
    }

    /**
     * The outlines of these courses, in their order: those kept at the course's current version as
     * they are, the others built in one go (and kept at the version of the course row read then).
     */
    private List<CourseOutline> outlinesAt(List<CourseStamp> stamps) {
        Map<Long, CourseOutline> byId = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (CourseStamp stamp : stamps) {
            kept.at(stamp).ifPresentOrElse(o -> byId.put(stamp.id(), o), () -> missing.add(stamp.id()));
        }
        if (!missing.isEmpty()) {
            List<Course> read = courses.findAllById(missing);
            Map<Long, Long> versions = read.stream().collect(Collectors.toMap(c -> c.id, c -> c.version));
            for (CourseOutline built : outlinesOf(read)) {
                kept.keep(built.id(), versions.get(built.id()), built);
                byId.put(built.id(), built);
            }
        }
        // a course gone between the two reads is left out, as a later read would leave it out
        return stamps.stream().map(s -> byId.get(s.id())).filter(Objects::nonNull).toList();
    }

    /**
     * The outlines of these courses, in their order, in four queries however many courses and
     * exercises there are (modules, lessons, exercises, dataset sizes): pages list every step.
     */
    private List<CourseOutline> outlinesOf(List<Course> cs) {
        if (cs.isEmpty()) {
            return List.of();
        }
        List<CourseModule> ms = modules.findByCourseIdInAndRetiredFalseOrderByPosition(
                cs.stream().map(c -> c.id).toList());
        List<Long> ids = ms.stream().map(m -> m.id).toList();
        record Positioned(long moduleId, int position, CourseOutline.Step step) {
        }
        List<Positioned> all = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (Lesson l : lessons.findByModuleIdInAndRetiredFalseOrderByPosition(ids)) {
                all.add(new Positioned(l.moduleId, l.position, new CourseOutline.Step(CourseOutline.StepKind.LESSON,
                        l.id, l.slug, l.title, l.minutes, null, 0, 0, 0)));
            }
            List<Exercise> es = exercises.findByModuleIdInAndRetiredFalseOrderByPosition(ids);
            Map<Long, Integer> datasetSizes = datasets.sizes(es.stream().map(e -> e.datasetId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            for (Exercise e : es) {
                all.add(new Positioned(e.moduleId, e.position, new CourseOutline.Step(CourseOutline.StepKind.EXERCISE,
                        e.id, e.slug, e.title, 0, e.type, e.version, e.maxAttempts, itemsToWorkOn(e, datasetSizes))));
            }
        }
        all.sort(Comparator.comparingInt(Positioned::position));
        Map<Long, List<CourseOutline.Step>> stepsByModule = new HashMap<>();
        for (Positioned p : all) {
            stepsByModule.computeIfAbsent(p.moduleId(), k -> new ArrayList<>()).add(p.step());
        }
        Map<Long, List<CourseOutline.Module>> modulesByCourse = new HashMap<>();
        for (CourseModule m : ms) {
            modulesByCourse.computeIfAbsent(m.courseId, k -> new ArrayList<>()).add(new CourseOutline.Module(m.id,
                    m.slug, m.title, stepsByModule.getOrDefault(m.id, List.of())));
        }
        return cs.stream().map(c -> new CourseOutline(c.id, c.slug, c.level, c.title, c.summary,
                modulesByCourse.getOrDefault(c.id, List.of()))).toList();
    }
}
