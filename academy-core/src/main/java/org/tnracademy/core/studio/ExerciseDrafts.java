package org.tnracademy.core.studio;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.catalog.ExercisePolicy;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.core.catalog.MarkdownRenderer;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Exercise edits as drafts: a new exercise of any type in a module of a course, or an edit of a
 * published one, invisible to learners until the course is published ({@link CoursePublishing#publish}).
 * Saves are optimistically locked as lesson drafts are: a save from an older revision is refused
 * whole ({@link StaleDraftException}) and nothing is overwritten unseen.
 *
 * <p>Validation is the pack import's own: the course with the draft in it is written as pack files
 * and read back ({@link ExerciseDraftCheck}). A save is stored even when that finds problems, so
 * nothing typed into a long form is ever lost; the draft is then marked invalid with its problems
 * (file, line, reason and the editor's field), and publishing the course is refused while any of its
 * exercise drafts is invalid, naming the exercise and the problems. Only what the check cannot even
 * express is refused outright: an unknown course, module, type or dataset, a bad or taken slug.
 */
@Service
public class ExerciseDrafts {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final CourseSnapshot snapshots;
    private final CatalogService catalog;
    private final DatasetService datasets;
    private final MarkdownRenderer markdown;
    private final ExerciseDraftRepository drafts;
    private final CourseDraftRepository courseDrafts;
    private final CourseImages courseImages;
    private final TransactionTemplate tx;
    private final EntityManager em;

    ExerciseDrafts(CourseSnapshot snapshots, CatalogService catalog, DatasetService datasets, MarkdownRenderer markdown,
                   ExerciseDraftRepository drafts, TransactionTemplate tx, EntityManager em,
                   CourseDraftRepository courseDrafts, CourseImages courseImages) {
        this.courseDrafts = courseDrafts;
        this.courseImages = courseImages;
        this.snapshots = snapshots;
        this.catalog = catalog;
        this.datasets = datasets;
        this.markdown = markdown;
        this.drafts = drafts;
        this.tx = tx;
        this.em = em;
    }

    /**
     * The exercise as the editor opens it: its draft if there is one, else the published exercise.
     *
     * @throws ExerciseDraftRefusedException UNKNOWN_COURSE, UNKNOWN_EXERCISE
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ExerciseDraftSheet open(long courseId, String slug) {
        Course course = course(courseId);
        Optional<ExerciseDraft> draft = drafts.findByCourseIdAndSlug(courseId, slug);
        if (draft.isPresent()) {
            return sheet(course, draft.get());
        }
        Published published = course.published(slug).orElseThrow(() -> unknownExercise(course, slug));
        CoursePack.Exercise e = published.exercise();
        ExerciseDraftContent content = new ExerciseDraftContent(published.moduleId(), e.title(), e.instructions(),
                e.level(), e.forms(), e.policy(), e.spec(), e.key(), published.datasetId());
        return new ExerciseDraftSheet(courseId, course.pack().id(), course.pack().title(), slug, e.type(), false,
                published.exerciseId(), published.moduleId(), content.title(), content.instructions(),
                content.level(), content.forms(), content.policy(), content.spec(), content.key(),
                content.datasetId(), List.of(), 0, null, null);
    }

    /**
     * Starts a new exercise as a draft at revision 1, empty but for its type: its problems say what
     * to fill in.
     *
     * @param slug the exercise's id in the pack: lower-case letters, digits and '-', unused in the course
     * @param type one of {@link ExerciseTypes#ids()}
     * @throws ExerciseDraftRefusedException UNKNOWN_COURSE, UNKNOWN_MODULE, UNKNOWN_TYPE, BAD_SLUG, SLUG_IN_USE
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ExerciseDraftSheet create(long courseId, String moduleId, String slug, String type) {
        Course course = course(courseId);
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.BAD_SLUG,
                    "slug: '" + slug + "' is not an id (lower-case letters, digits and '-', at most 100)");
        }
        if (type == null || ExerciseTypes.byId(type).isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.UNKNOWN_TYPE,
                    "type: '" + type + "' is not one of " + ExerciseTypes.ids());
        }
        course.module(moduleId);
        boolean taken = course.pack().modules().stream().flatMap(m -> m.items().stream())
                .anyMatch(i -> i.id().equals(slug)) || drafts.findByCourseIdAndSlug(courseId, slug).isPresent();
        if (taken) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.SLUG_IN_USE,
                    "slug: '" + slug + "' is already used in course " + course.pack().id());
        }
        ExerciseDraftContent content = new ExerciseDraftContent(moduleId, null, null, null, List.of(),
                AttemptPolicy.defaults(), Map.of(), Map.of(), null);
        List<DraftProblem> problems = check(courseId, course, slug, type, content);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            tx.executeWithoutResult(status -> {
                em.persist(new ExerciseDraft(courseId, slug, type, true, StoredDraft.of(content, problems), now,
                        actor()));
                em.flush();
            });
        } catch (DataIntegrityViolationException raced) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.SLUG_IN_USE,
                    "slug: '" + slug + "' was taken by a colleague at the same moment");
        }
        return open(courseId, slug);
    }

    /**
     * Saves the exercise as its draft, valid or not (see the class comment), and says what a pack
     * import would refuse in it.
     *
     * @param expectedRevision the revision the editor opened ({@link ExerciseDraftSheet#revision()})
     * @return the draft as stored, with its new revision and its problems
     * @throws StaleDraftException           when the draft is no longer at that revision; nothing was written
     * @throws ExerciseDraftRefusedException UNKNOWN_COURSE, UNKNOWN_EXERCISE, UNKNOWN_MODULE, UNKNOWN_DATASET
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ExerciseDraftSheet save(long courseId, String slug, ExerciseDraftContent content, long expectedRevision) {
        Course course = course(courseId);
        Optional<ExerciseDraft> existing = drafts.findByCourseIdAndSlug(courseId, slug);
        Optional<Published> published = course.published(slug);
        if (existing.isEmpty() && published.isEmpty()) {
            throw unknownExercise(course, slug);
        }
        String type = existing.map(d -> d.type).orElseGet(() -> published.get().exercise().type());
        course.module(content.moduleId());
        List<DraftProblem> problems = check(courseId, course, slug, type, content);
        StoredDraft stored = StoredDraft.of(content, problems);
        String actor = actor();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            tx.executeWithoutResult(status -> {
                Optional<ExerciseDraft> current = drafts.findByCourseIdAndSlug(courseId, slug);
                long revision = current.map(d -> d.revision).orElse(0L);
                if (revision != expectedRevision) {
                    throw stale(slug, expectedRevision, current);
                }
                if (current.isEmpty()) {
                    em.persist(new ExerciseDraft(courseId, slug, type, false, stored, now, actor));
                    em.flush();
                } else if (drafts.update(current.get().id, expectedRevision, stored.moduleSlug(), stored.title(),
                        stored.instructions(), stored.level(), stored.forms(), stored.policy(), stored.spec(),
                        stored.key(), stored.datasetId(), stored.problems(), now, actor) == 0) {
                    throw stale(slug, expectedRevision, drafts.findByCourseIdAndSlug(courseId, slug));
                }
            });
        } catch (DataIntegrityViolationException raced) {
            // a colleague's first save of this exercise landed at the same moment
            throw stale(slug, expectedRevision, drafts.findByCourseIdAndSlug(courseId, slug));
        }
        return open(courseId, slug);
    }

    /**
     * Throws the draft away: a new exercise is gone, an edited one stays as published.
     *
     * @throws StaleDraftException when a colleague saved it since it was opened at that revision
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void discard(long courseId, String slug, long expectedRevision) {
        Course course = course(courseId);
        Optional<ExerciseDraft> current = drafts.findByCourseIdAndSlug(courseId, slug);
        if (current.isEmpty()) {
            if (course.published(slug).isPresent()) {
                return;
            }
            throw unknownExercise(course, slug);
        }
        Integer removed = tx.execute(status -> drafts.deleteAtRevision(current.get().id, expectedRevision));
        if (removed == null || removed == 0) {
            throw stale(slug, expectedRevision, drafts.findByCourseIdAndSlug(courseId, slug));
        }
    }

    /** The exercise drafts of a course, by slug: new and edited ones, valid or not. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<ExerciseDraftSheet> drafts(long courseId) {
        Course course = course(courseId);
        return drafts.findByCourseIdOrderBySlug(courseId).stream().map(d -> sheet(course, d)).toList();
    }

    /** The datasets an exercise of the course may use: those its exercises and drafts use now. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<DraftDataset> datasets(long courseId) {
        Course course = course(courseId);
        Set<Long> ids = new LinkedHashSet<>();
        course.outline().modules().forEach(m -> m.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .forEach(s -> catalog.exercise(s.id(), Locale.ROOT).map(ExerciseSheet::datasetId)
                        .ifPresent(ids::add)));
        drafts.findByCourseIdOrderBySlug(courseId).forEach(d -> {
            if (d.datasetId != null) {
                ids.add(d.datasetId);
            }
        });
        return ids.stream().map(id -> new DraftDataset(id, datasets.name(id), datasets.size(id))).toList();
    }

    /**
     * The draft as a learner would see it, for the learner's own workspace in a preview.
     *
     * @throws ExerciseDraftRefusedException INVALID_DRAFT when its spec cannot be read
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ExerciseSheet learnerSheet(long courseId, String slug, Locale locale) {
        ExerciseDraftSheet d = open(courseId, slug);
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(d.type());
        Object spec;
        try {
            spec = type.readSpec(d.spec());
        } catch (InvalidSpecException invalid) {
            throw DraftGrading.invalidDraft(slug, "spec.", invalid.problems());
        }
        ExercisePolicy policy = new ExercisePolicy(d.policy().maxAttempts(), d.policy().timeLimitMinutes(),
                d.policy().scoring(), d.policy().hints().stream().map(AttemptPolicy.Hint::cost).toList(),
                d.policy().confidence());
        // a new exercise has no id yet (0) and will be version 1; an edited one shows its published version
        int version = d.exerciseId() == null ? 1
                : course(courseId).published(slug).map(p -> p.exercise().version()).orElse(1);
        return new ExerciseSheet(d.exerciseId() == null ? 0 : d.exerciseId(), courseId, d.courseTitle(), slug,
                d.type(), version, d.title(), markdown.toSafeHtml(d.instructions().in(locale)), spec,
                labelOptions(d), d.datasetId(), policy, d.level(), d.forms(), courseImages.draftLinks(courseId));
    }

    /**
     * Grades an answer against the draft's spec and key, as a learner's submission would be graded
     * once published: pure, nothing is stored, no attempt is counted.
     *
     * @throws ExerciseDraftRefusedException EMPTY_ANSWER, INVALID_ANSWER (the answer does not fit the
     *                                       spec), INVALID_DRAFT (the spec or key cannot be read)
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public DraftTestGrade testGrade(long courseId, String slug, Map<String, Object> answerTree) {
        ExerciseDraftSheet d = open(courseId, slug);
        try {
            AnswerLimits.check(answerTree);
        } catch (InvalidAnswerException tooLarge) {
            throw DraftGrading.invalidAnswer(tooLarge);
        }
        if (DraftGrading.blank(answerTree)) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.EMPTY_ANSWER,
                    "The answer is empty");
        }
        return DraftGrading.grade(ExerciseTypes.get(d.type()), d, answerTree);
    }

    // ---- the course and its published exercises ----

    /** A course as a pack, its outline (for exercise ids) and its modules. */
    private record Course(CoursePack pack, CourseOutline outline, CatalogService catalog,
                          List<ModuleTitle> draftModules) {

        Optional<Published> published(String slug) {
            for (CoursePack.Module m : pack.modules()) {
                for (CoursePack.Item item : m.items()) {
                    if (item instanceof CoursePack.Exercise e && e.id().equals(slug)) {
                        long id = outline.modules().stream().flatMap(om -> om.steps().stream())
                                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE && s.slug().equals(slug))
                                .findFirst().orElseThrow().id();
                        Long datasetId = catalog.exercise(id, Locale.ROOT).map(ExerciseSheet::datasetId).orElse(null);
                        return Optional.of(new Published(id, m.id(), e, datasetId));
                    }
                }
            }
            return Optional.empty();
        }

        CoursePack.Module module(String moduleId) {
            return pack.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst()
                    .or(() -> draftModules.stream().filter(m -> m.id().equals(moduleId)).findFirst()
                            .map(m -> new CoursePack.Module(m.id(), m.title(), List.of())))
                    .orElseThrow(() -> new ExerciseDraftRefusedException(
                            ExerciseDraftRefusedException.Why.UNKNOWN_MODULE,
                            "module: '" + moduleId + "' is not a module of course " + pack.id()));
        }
    }

    private record Published(long exerciseId, String moduleId, CoursePack.Exercise exercise, Long datasetId) {
    }

    private Course course(long courseId) {
        // texts, specs and keys only: every request here would otherwise load every dataset of the course
        CoursePack pack = snapshots.structureOf(courseId).orElseThrow(() -> new ExerciseDraftRefusedException(
                ExerciseDraftRefusedException.Why.UNKNOWN_COURSE, "No course with id " + courseId));
        // modules added in the course draft take exercises before they are published
        List<ModuleTitle> draftModules = courseDrafts.findById(courseId).map(CourseDrafts::modules).orElse(List.of());
        return new Course(pack, catalog.studioOutline(courseId).orElseThrow(), catalog, draftModules);
    }

    /**
     * Runs the pack import's checks over the draft: its exercise, key and dataset, written as pack
     * files in a course of their own and read back. The other items were checked when they were
     * imported, and the whole course is read again at publishing, so a save reads only this draft.
     */
    private List<DraftProblem> check(long courseId, Course course, String slug, String type,
                                     ExerciseDraftContent content) {
        CoursePack.Dataset dataset = content.datasetId() == null ? null : dataset(content.datasetId());
        int version = course.published(slug).map(p -> p.exercise().version()).orElse(1);
        CoursePack.Exercise exercise = ExerciseDraftCheck.exercise(slug, type, version, content, dataset);
        CoursePack.Module module = course.module(content.moduleId());
        List<CoursePack.Module> alone = List.of(new CoursePack.Module(module.id(), module.title(), List.of(exercise)));
        ExerciseDraftCheck.Outcome outcome = ExerciseDraftCheck.read(course.pack(), alone, picturePaths(courseId));
        return ExerciseDraftCheck.problemsOf(slug, dataset == null ? null : dataset.name(), outcome.problems());
    }

    /** The pack paths of the course's pictures, published or draft: a spec may show any of them. */
    java.util.Set<String> picturePaths(long courseId) {
        return courseImages.paths(courseId);
    }

    /** A stored dataset as the pack's dataset, as the course snapshot reads one. */
    CoursePack.Dataset dataset(long datasetId) {
        return StoredDatasets.asPackDataset(datasets, datasetId);
    }

    private ExerciseDraftSheet sheet(Course course, ExerciseDraft d) {
        ExerciseDraftContent c = StoredDraft.content(d);
        Long exerciseId = d.created ? null : course.published(d.slug).map(Published::exerciseId).orElse(null);
        return new ExerciseDraftSheet(d.courseId, course.pack().id(), course.pack().title(), d.slug, d.type, d.created,
                exerciseId, c.moduleId(), c.title(), c.instructions(), c.level(), c.forms(), c.policy(), c.spec(),
                c.key(), c.datasetId(), StoredDraft.problems(d), d.revision, d.savedBy, d.savedAt);
    }

    /** The draft's labels, leniently (a draft may not be valid yet); a label without a title shows its id. */
    private static List<LabelOption> labelOptions(ExerciseDraftSheet d) {
        List<LabelOption> options = new ArrayList<>();
        ExerciseTypes.get(d.type()).labelTitles(d.spec()).forEach((id, title) ->
                options.add(new LabelOption(id, new LocalizedText(title.isEmpty() ? Map.of("en", id) : title))));
        return options;
    }

    private static ExerciseDraftRefusedException unknownExercise(Course course, String slug) {
        return new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.UNKNOWN_EXERCISE,
                "Course " + course.pack().id() + " has no exercise or exercise draft '" + slug + "'");
    }

    private static StaleDraftException stale(String slug, long expected, Optional<ExerciseDraft> now) {
        return new StaleDraftException("Exercise " + slug, expected, now.map(d -> d.revision).orElse(0L),
                now.map(d -> d.savedBy).orElse(null), now.map(d -> d.savedAt).orElse(null));
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
