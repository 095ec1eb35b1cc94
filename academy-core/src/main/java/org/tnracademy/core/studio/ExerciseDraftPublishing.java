package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.grading.AttemptRegrading;
import org.tnracademy.core.grading.AttemptedBy;
import org.tnracademy.core.grading.GradedAnswer;
import org.tnracademy.core.grading.Rescored;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.GradedContent;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * The exercise drafts' part of publishing a course ({@link CoursePublishing#publish}): an edited
 * exercise replaces its published item in place, a new one is appended to its module. Whether an
 * edit makes a new version is {@link GradedContent}'s rule: a wording edit keeps the version (the
 * importer updates it in place, attempts and progress stay). A change to what is graded of an
 * exercise learners have attempted needs the instructor's {@link GradedChangeChoice}, or publishing
 * is refused naming each such exercise with how many learners and attempts it affects: carry the
 * attempts over (regraded in the publishing transaction, as the regrade dry run showed) or start
 * fresh (a new version). Refuses while a draft is invalid.
 */
@Component
class ExerciseDraftPublishing {

    /**
     * The modules with the drafts applied, the drafts to remove once the import is done, and the
     * exercises (slug to published id) whose attempts are carried over.
     */
    record Publication(List<CoursePack.Module> modules, List<ExerciseDraft> applied, Map<String, Long> carriedOver) {
    }

    /** A draft with what it is compared to: the published exercise (null when new) and its id. */
    private record Drafted(ExerciseDraft draft, ExerciseDraftCheck.Applied applied, String datasetPath,
                           CoursePack.Exercise before, Long exerciseId) {
    }

    private final ExerciseDraftRepository drafts;
    private final ExerciseDrafts exerciseDrafts;
    private final CatalogService catalog;
    private final AttemptRegrading regrading;
    private final ExerciseKeyStore keys;
    private final AuditLog audit;

    ExerciseDraftPublishing(ExerciseDraftRepository drafts, ExerciseDrafts exerciseDrafts, CatalogService catalog,
                            AttemptRegrading regrading, ExerciseKeyStore keys, AuditLog audit) {
        this.drafts = drafts;
        this.exerciseDrafts = exerciseDrafts;
        this.catalog = catalog;
        this.regrading = regrading;
        this.keys = keys;
        this.audit = audit;
    }

    /** The drafts that change what is graded of an exercise learners have attempted, with the regrade dry run. */
    List<GradedChange> gradedChanges(long courseId, CoursePack current) {
        List<GradedChange> changes = new ArrayList<>();
        for (Drafted d : drafted(courseId, current, drafts.findByCourseIdOrderBySlug(courseId))) {
            gradedChange(d).ifPresent(changes::add);
        }
        return changes;
    }

    /**
     * @param current the course as published
     * @param modules its modules with the other drafts (lessons) already applied
     * @param digest  the new version's content hash, fed with each applied draft
     * @param choices by exercise slug, for each graded change of an attempted exercise
     * @throws ExerciseDraftRefusedException INVALID_DRAFTS, GRADED_CHANGE_NEEDS_CHOICE, CARRY_OVER_REFUSED
     */
    Publication apply(long courseId, CoursePack current, List<CoursePack.Module> modules, MessageDigest digest,
                      Map<String, GradedChangeChoice> choices) {
        List<ExerciseDraft> all = drafts.findByCourseIdOrderBySlug(courseId);
        if (all.isEmpty()) {
            return new Publication(modules, List.of(), Map.of());
        }
        List<Drafted> drafted = drafted(courseId, current, all);
        List<ExerciseDraftCheck.Applied> applied = drafted.stream().map(Drafted::applied).toList();
        List<CoursePack.Module> next = ExerciseDraftCheck.apply(modules, applied);
        ExerciseDraftCheck.Outcome outcome = ExerciseDraftCheck.read(current, next,
                exerciseDrafts.picturePaths(courseId));
        Map<String, List<DraftProblem>> invalid = new LinkedHashMap<>();
        for (Drafted d : drafted) {
            List<DraftProblem> problems = ExerciseDraftCheck.problemsOf(d.draft().slug, d.datasetPath(),
                    outcome.problems());
            if (!problems.isEmpty()) {
                invalid.put(d.draft().slug, problems);
            }
        }
        if (!invalid.isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.INVALID_DRAFTS,
                    "Exercise drafts a pack import would refuse: " + invalid, List.of(), invalid, List.of());
        }
        List<GradedChange> undecided = new ArrayList<>();
        List<GradedChange> notCarried = new ArrayList<>();
        Map<String, Long> carriedOver = new LinkedHashMap<>();
        for (Drafted d : drafted) {
            GradedChangeChoice choice = choices.get(d.draft().slug);
            if (choice == GradedChangeChoice.START_FRESH) {
                continue; // a graded change makes a new version at the import; nothing to weigh
            }
            if (choice == GradedChangeChoice.CARRY_OVER && d.exerciseId() != null) {
                // before the dry run: an answer submitted from now on waits for this publication
                keys.lockForKeyChange(d.exerciseId());
            }
            Optional<GradedChange> change = gradedChange(d);
            if (change.isEmpty()) {
                continue;
            }
            if (choice == null) {
                undecided.add(change.get());
            } else if (choice == GradedChangeChoice.CARRY_OVER) {
                if (change.get().carryOver().possible()) {
                    carriedOver.put(d.draft().slug, d.exerciseId());
                } else {
                    notCarried.add(change.get());
                }
            }
        }
        if (!undecided.isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.GRADED_CHANGE_NEEDS_CHOICE,
                    "The drafts of " + undecided.stream().map(GradedChange::slug).toList() + " change what is graded"
                            + " of exercises learners have attempted: choose to carry their attempts over or to start"
                            + " fresh", List.of(), Map.of(), undecided);
        }
        if (!notCarried.isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.CARRY_OVER_REFUSED,
                    "The attempts on " + notCarried.stream().map(GradedChange::slug).toList() + " cannot be carried"
                            + " over to the drafts' content: start fresh instead", List.of(), Map.of(), notCarried);
        }
        for (ExerciseDraftCheck.Applied a : applied) {
            digest.update(("exercise\n" + a.exercise().id() + "\n" + a.exercise().contentHash())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Publication(next, all, carriedOver);
    }

    /**
     * After the import, in its transaction: regrades every graded attempt of each carried-over
     * exercise against its content now in force, keeping the old grades in history; standings follow.
     */
    void carryOver(Publication publication, String actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        publication.carriedOver().forEach((slug, exerciseId) -> {
            GradingMaterial material = keys.material(exerciseId).orElseThrow();
            List<Rescored> rescored = new ArrayList<>();
            for (GradedAnswer answer : regrading.gradedAnswers(exerciseId)) {
                try {
                    rescored.add(regrading.rescore(material, material.keyTree(), answer));
                } catch (InvalidAnswerException unfit) {
                    // the dry run under the lock said it fits: a changed type reader would land here
                    throw new IllegalStateException("Attempt " + answer.attemptId() + " does not fit the content"
                            + " carried over: " + unfit.getMessage(), unfit);
                }
            }
            regrading.replaceGrades(material, material.keyVersion(), rescored, now, actor);
            long changed = rescored.stream().filter(Rescored::changed).count();
            audit.record(actor, AuditAction.REGRADE, AuditMessage.of("attempts-carried-over", material.title(),
                    rescored.size(), changed), "exercise " + slug + " version " + material.version()
                    + ": attempts carried over to the published draft (key version " + material.keyVersion() + "), "
                    + rescored.size() + " attempts regraded, " + changed + " changed", null);
        });
    }

    /** Removes the published drafts; one saved again meanwhile stays, for the next publication. */
    void discardPublished(Publication publication) {
        publication.applied().forEach(d -> drafts.deleteAtRevision(d.id, d.revision));
    }

    private List<Drafted> drafted(long courseId, CoursePack current, List<ExerciseDraft> all) {
        Map<String, CoursePack.Exercise> published = new LinkedHashMap<>();
        current.modules().forEach(m -> m.items().forEach(i -> {
            if (i instanceof CoursePack.Exercise e) {
                published.put(e.id(), e);
            }
        }));
        Map<String, Long> exerciseIds = new LinkedHashMap<>();
        catalog.studioOutline(courseId).orElseThrow().modules().forEach(m -> m.steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .forEach(s -> exerciseIds.put(s.slug(), s.id())));
        List<Drafted> drafted = new ArrayList<>();
        for (ExerciseDraft d : all) {
            ExerciseDraftContent content = StoredDraft.content(d);
            CoursePack.Dataset dataset = content.datasetId() == null ? null : exerciseDrafts.dataset(content.datasetId());
            CoursePack.Exercise before = published.get(d.slug);
            int version = before == null ? 1 : before.version();
            ExerciseDraftCheck.Applied applied = new ExerciseDraftCheck.Applied(content.moduleId(),
                    ExerciseDraftCheck.exercise(d.slug, d.type, version, content, dataset));
            drafted.add(new Drafted(d, applied, dataset == null ? null : dataset.name(), before,
                    exerciseIds.get(d.slug)));
        }
        return drafted;
    }

    /** The draft's graded change with its dry run, when it has one and learners attempted the exercise. */
    private Optional<GradedChange> gradedChange(Drafted d) {
        if (d.before() == null || d.exerciseId() == null) {
            return Optional.empty();
        }
        CoursePack.Exercise after = d.applied().exercise();
        Set<GradedContent.Part> parts = GradedContent.of(d.before()).changesTo(GradedContent.of(after));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        AttemptedBy attempted = regrading.attemptedBy(d.exerciseId());
        if (attempted.attempts() == 0) {
            return Optional.empty();
        }
        return Optional.of(new GradedChange(d.draft().slug, d.exerciseId(), d.before().title(), parts,
                attempted.learners(), attempted.attempts(), dryRun(d, parts, after)));
    }

    /** Every graded attempt graded again with the draft's spec and key, in memory: nothing is stored. */
    private GradedChange.CarryOver dryRun(Drafted d, Set<GradedContent.Part> parts, CoursePack.Exercise after) {
        if (parts.contains(GradedContent.Part.TYPE)) {
            return refused(GradedChange.CarryOver.Refusal.TYPE_CHANGED, 0);
        }
        if (ExerciseTypes.get(after.type()).gradedByInstructor()) {
            return refused(GradedChange.CarryOver.Refusal.GRADED_BY_INSTRUCTOR, 0);
        }
        GradingMaterial material = new GradingMaterial(d.exerciseId(), after.type(), d.before().version(),
                after.title(), after.policy(), after.spec(), 0, after.key());
        int regraded = 0;
        int up = 0;
        int down = 0;
        int unfit = 0;
        for (GradedAnswer answer : regrading.gradedAnswers(d.exerciseId())) {
            try {
                double score = regrading.rescore(material, after.key(), answer).score();
                regraded++;
                if (score > answer.score()) {
                    up++;
                } else if (score < answer.score()) {
                    down++;
                }
            } catch (InvalidAnswerException e) {
                unfit++;
            }
        }
        return unfit > 0 ? refused(GradedChange.CarryOver.Refusal.ANSWERS_DO_NOT_FIT, unfit)
                : new GradedChange.CarryOver(null, regraded, up, down, 0);
    }

    private static GradedChange.CarryOver refused(GradedChange.CarryOver.Refusal why, int unfit) {
        return new GradedChange.CarryOver(why, 0, 0, 0, unfit);
    }
}
