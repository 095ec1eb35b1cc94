package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.AttemptRegrading;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.Json;

/**
 * The exercise drafts' part of publishing a course ({@link LessonDrafts#publish}): an edited
 * exercise replaces its published item in place (the importer then makes a new exercise version and
 * learners keep their attempts on the old one), a new one is appended to its module. Refuses while a
 * draft is invalid, and a key change on an exercise that has graded attempts: that goes through the
 * answer key's regrade dry run, so no grade changes silently.
 */
@Component
class ExerciseDraftPublishing {

    /** The modules with the drafts applied, and the drafts to remove once the import is done. */
    record Publication(List<CoursePack.Module> modules, List<ExerciseDraft> applied) {
    }

    private final ExerciseDraftRepository drafts;
    private final ExerciseDrafts exerciseDrafts;
    private final CatalogService catalog;
    private final AttemptRegrading regrading;

    ExerciseDraftPublishing(ExerciseDraftRepository drafts, ExerciseDrafts exerciseDrafts, CatalogService catalog,
                            AttemptRegrading regrading) {
        this.drafts = drafts;
        this.exerciseDrafts = exerciseDrafts;
        this.catalog = catalog;
        this.regrading = regrading;
    }

    /**
     * @param current the course as published
     * @param modules its modules with the other drafts (lessons) already applied
     * @param digest  the new version's content hash, fed with each applied draft
     * @throws ExerciseDraftRefusedException INVALID_DRAFTS, KEY_CHANGE_NEEDS_REGRADE
     */
    Publication apply(long courseId, CoursePack current, List<CoursePack.Module> modules, MessageDigest digest) {
        List<ExerciseDraft> all = drafts.findByCourseIdOrderBySlug(courseId);
        if (all.isEmpty()) {
            return new Publication(modules, List.of());
        }
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

        List<ExerciseDraftCheck.Applied> applied = new ArrayList<>();
        Map<String, String> datasetPaths = new LinkedHashMap<>();
        Map<String, Long> regradeNeeded = new LinkedHashMap<>();
        for (ExerciseDraft d : all) {
            ExerciseDraftContent content = StoredDraft.content(d);
            CoursePack.Dataset dataset = content.datasetId() == null ? null : exerciseDrafts.dataset(content.datasetId());
            if (dataset != null) {
                datasetPaths.put(d.slug, dataset.name());
            }
            CoursePack.Exercise before = published.get(d.slug);
            int version = before == null ? 1 : before.version();
            applied.add(new ExerciseDraftCheck.Applied(content.moduleId(),
                    ExerciseDraftCheck.exercise(d.slug, d.type, version, content, dataset)));
            Long exerciseId = exerciseIds.get(d.slug);
            if (before != null && exerciseId != null && !sameTree(before.key(), content.key())
                    && !regrading.gradedAnswers(exerciseId).isEmpty()) {
                regradeNeeded.put(d.slug, exerciseId);
            }
        }
        List<CoursePack.Module> next = ExerciseDraftCheck.apply(modules, applied);
        ExerciseDraftCheck.Outcome outcome = ExerciseDraftCheck.read(current, next);
        Map<String, List<DraftProblem>> invalid = new LinkedHashMap<>();
        for (ExerciseDraft d : all) {
            List<DraftProblem> problems = ExerciseDraftCheck.problemsOf(d.slug, datasetPaths.get(d.slug),
                    outcome.problems());
            if (!problems.isEmpty()) {
                invalid.put(d.slug, problems);
            }
        }
        if (!invalid.isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.INVALID_DRAFTS,
                    "Exercise drafts a pack import would refuse: " + invalid, List.of(), invalid, Map.of());
        }
        if (!regradeNeeded.isEmpty()) {
            throw new ExerciseDraftRefusedException(ExerciseDraftRefusedException.Why.KEY_CHANGE_NEEDS_REGRADE,
                    "The key of " + regradeNeeded.keySet() + " differs from the published key and learners' attempts"
                            + " were graded with it: change it on the exercise's answer-key page (regrade dry run)",
                    List.of(), Map.of(), regradeNeeded);
        }
        for (ExerciseDraftCheck.Applied a : applied) {
            digest.update(("exercise\n" + a.exercise().id() + "\n" + a.exercise().contentHash())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Publication(next, all);
    }

    /** Removes the published drafts; one saved again meanwhile stays, for the next publication. */
    void discardPublished(Publication publication) {
        publication.applied().forEach(d -> drafts.deleteAtRevision(d.id, d.revision));
    }

    private static boolean sameTree(Map<String, Object> a, Map<String, Object> b) {
        return Objects.equals(Json.read(Json.write(a), Map.class), Json.read(Json.write(b), Map.class));
    }
}
