package org.tnracademy.core.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.GradedContent;

/**
 * Writes a validated pack into the catalogue in one transaction: a pack arrives whole or not at
 * all. The pack's content hash makes a repeated import a no-op; a changed pack updates lessons in
 * place, and exercises whose wording alone changed too (see {@link GradedContent}: learners keep
 * their attempts and progress). An exercise whose graded content changed becomes a new version,
 * retiring the old one so attempts made on it stay valid and viewable, unless the publisher carries
 * its attempts over (regraded in the same transaction). Two nodes importing at once: the unique keys let one win and the
 * other finds the pack already there.
 */
@Service
public class CourseImporter {

    private static final Logger log = LoggerFactory.getLogger(CourseImporter.class);

    public enum Outcome { IMPORTED, UPDATED, UNCHANGED }

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final LessonRepository lessons;
    private final ExerciseRepository exercises;
    private final AnswerKeyRepository answerKeys;
    private final ImportedPackRepository imported;
    private final DatasetService datasets;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final CourseImages courseImages;
    private final ImportMetrics metrics;

    CourseImporter(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
                   ExerciseRepository exercises, AnswerKeyRepository answerKeys, ImportedPackRepository imported, DatasetService datasets,
                   TransactionTemplate tx, AuditLog audit, CourseImages courseImages, ImportMetrics metrics) {
        this.courseImages = courseImages;
        this.metrics = metrics;
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.exercises = exercises;
        this.answerKeys = answerKeys;
        this.imported = imported;
        this.datasets = datasets;
        this.tx = tx;
        this.audit = audit;
    }

    /** Imports the pack; an exercise whose graded content changed becomes a new version (learners start afresh). */
    public Outcome importPack(CoursePack pack) {
        return importPack(pack, Set.of());
    }

    /**
     * Imports the pack. An exercise whose wording alone changed ({@link GradedContent}) is updated in
     * place; one whose graded content changed becomes a new version, unless it is among
     * {@code carriedOver}: then it too is updated in place, and the caller must regrade its attempts
     * in the same transaction.
     *
     * @param carriedOver exercise ids (slugs) whose attempts the caller carries over to the new content
     */
    public Outcome importPack(CoursePack pack, Set<String> carriedOver) {
        return metrics.timed(() -> importTimed(pack, carriedOver));
    }

    private Outcome importTimed(CoursePack pack, Set<String> carriedOver) {
        try {
            Outcome outcome = tx.execute(status -> apply(pack, carriedOver));
            if (outcome != Outcome.UNCHANGED) {
                audit.record("system", AuditAction.CONTENT_IMPORTED,
                        AuditMessage.of("course-imported", pack.title(), pack.version(), outcome.name()), pack.id() + " version " + pack.version() + " "
                        + outcome + " (content hash " + pack.contentHash() + ")", null);
            }
            return outcome;
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
            if (isCurrent(pack)) {
                log.info("Content pack {} was imported by another node at the same moment", pack.id());
                return Outcome.UNCHANGED;
            }
            throw raced;
        }
    }

    /** The catalogue already holds exactly this content (an earlier, reverted-from version does not count). */
    private boolean isCurrent(CoursePack pack) {
        return holds(pack.id(), pack.contentHash());
    }

    /** The course of this pack id holds exactly the content of this hash now. */
    boolean holds(String packId, String contentHash) {
        return courses.findBySlug(packId).map(c -> c.contentHash.equals(contentHash)).orElse(false);
    }

    private Outcome apply(CoursePack pack, Set<String> carriedOver) {
        // one read decides: with separate reads another node's import could commit in between,
        // and this one would apply the same content again as an update
        Optional<Course> found = courses.findBySlug(pack.id());
        if (found.isPresent() && found.get().contentHash.equals(pack.contentHash())) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = found.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED;
        Course course = found.orElseGet(() -> new Course(pack.id(), pack.version(),
                pack.level(), pack.title(), pack.summary(), pack.contentHash()));
        course.packVersion = pack.version();
        course.level = pack.level();
        course.title = pack.title();
        course.summary = pack.summary();
        if (pack.passMark() != null) {
            course.passMark = pack.passMark();
        }
        course.contentHash = pack.contentHash();
        course.published = true; // a studio-created course's first publication lists it
        course = courses.saveAndFlush(course);

        Existing existing = Existing.of(course.id, modules, lessons, exercises);
        int modulePosition = 0;
        for (CoursePack.Module m : pack.modules()) {
            CourseModule module = existing.modules.getOrDefault(m.id(), new CourseModule(course.id, m.id(), 0, m.title()));
            module.position = modulePosition++;
            module.title = m.title();
            module.retired = false;
            module = modules.save(module);
            existing.keptModules.add(module.slug);
            int position = 0;
            for (CoursePack.Item item : m.items()) {
                switch (item) {
                    case CoursePack.Lesson l -> upsertLesson(existing, module.id, position, l);
                    case CoursePack.Exercise e -> upsertExercise(existing, module.id, position, e, carriedOver);
                }
                position++;
            }
        }
        existing.retireTheRest();
        courseImages.publish(course.id, pack.images(), "import");
        imported.save(new ImportedPack(pack.id(), pack.contentHash(), Instant.now()));
        return outcome;
    }

    private void upsertLesson(Existing existing, long moduleId, int position, CoursePack.Lesson l) {
        Lesson lesson = existing.lessons.getOrDefault(l.id(),
                new Lesson(moduleId, l.id(), position, l.minutes(), l.title(), l.markdown(), l.contentNote()));
        lesson.moduleId = moduleId;
        lesson.position = position;
        lesson.minutes = l.minutes();
        lesson.title = l.title();
        lesson.body = l.markdown();
        lesson.contentNote = l.contentNote();
        lesson.retired = false;
        lessons.save(lesson);
        existing.keptLessons.add(l.id());
    }

    private void upsertExercise(Existing existing, long moduleId, int position, CoursePack.Exercise e,
                                Set<String> carriedOver) {
        Exercise current = existing.currentExercises.get(e.id());
        if (current != null && current.contentHash.equals(e.contentHash())) {
            current.moduleId = moduleId;
            current.position = position;
            exercises.save(current);
        } else if (current != null && current.type.equals(e.type())
                && (carriedOver.contains(e.id()) || sameGradedContent(current, e))) {
            updateInPlace(current, moduleId, position, e);
        } else {
            int version = Math.max(e.version(), existing.latestVersion.getOrDefault(e.id(), 0) + 1);
            Long datasetId = e.dataset() == null ? null : datasets.store(e.dataset());
            Exercise stored = exercises.saveAndFlush(new Exercise(moduleId, e.id(), position, e.type(), version,
                    e.title(), e.instructions(), ExerciseTrees.json(e.spec()), datasetId, e.policy(),
                    ExerciseTrees.hintsJson(e.policy().hints()), e.level(), e.forms(), e.contentHash()));
            answerKeys.save(new AnswerKey(stored.id, stored.keyVersion, ExerciseTrees.json(e.key()), Instant.now(),
                    "import"));
            if (current != null) {
                current.retired = true;
                exercises.save(current);
                log.info("Exercise {} changed what is graded: version {} replaces version {}", e.id(), version,
                        current.version);
            }
        }
        existing.keptExercises.add(e.id());
    }

    /**
     * The exercise version learners work on takes the pack's content: its id, attempts and everyone's
     * progress stay. A changed key (even only its explanations) is stored as the next key version, a
     * changed dataset anew; for a carried-over graded change the caller regrades the attempts.
     */
    private void updateInPlace(Exercise current, long moduleId, int position, CoursePack.Exercise e) {
        current.moduleId = moduleId;
        current.position = position;
        current.title = e.title();
        current.instructions = e.instructions();
        current.level = e.level();
        current.forms = String.join(",", e.forms());
        current.spec = ExerciseTrees.json(e.spec());
        current.maxAttempts = e.policy().maxAttempts();
        current.timeLimitMinutes = e.policy().timeLimitMinutes();
        current.scoring = e.policy().scoring();
        current.hints = ExerciseTrees.hintsJson(e.policy().hints());
        current.confidence(e.policy().confidence());
        current.variants(e.policy().variants());
        current.contentHash = e.contentHash();
        if (e.dataset() == null) {
            current.datasetId = null;
        } else if (current.datasetId == null || !datasets.holds(current.datasetId, e.dataset())) {
            current.datasetId = datasets.store(e.dataset());
        }
        if (!ExerciseTrees.tree(currentKey(current)).equals(ExerciseTrees.tree(ExerciseTrees.json(e.key())))) {
            current.keyVersion++;
            answerKeys.save(new AnswerKey(current.id, current.keyVersion, ExerciseTrees.json(e.key()), Instant.now(),
                    "import"));
        }
        exercises.save(current);
        log.info("Exercise {} version {} updated in place", e.id(), current.version);
    }

    /** The rule of {@link GradedContent}: would the pack's exercise grade every answer as the current one does? */
    private boolean sameGradedContent(Exercise current, CoursePack.Exercise e) {
        GradedContent incoming = GradedContent.of(e);
        GradedContent now = GradedContent.of(current.type, ExerciseTrees.tree(current.spec),
                ExerciseTrees.tree(currentKey(current)), current.policy(), null);
        if (!now.changesTo(incoming).stream().allMatch(p -> p == GradedContent.Part.DATASET)) {
            return false; // decided without reading the posts
        }
        return current.datasetId == null ? e.dataset() == null
                : e.dataset() != null && datasets.holds(current.datasetId, e.dataset());
    }

    private String currentKey(Exercise current) {
        return answerKeys.findByExerciseIdAndKeyVersion(current.id, current.keyVersion)
                .map(k -> k.keyJson)
                .orElseThrow(() -> new IllegalStateException("Exercise " + current.id + " has no key version "
                        + current.keyVersion));
    }

    /** What a course holds before the import, and what the import kept of it. */
    private record Existing(Map<String, CourseModule> modules, Map<String, Lesson> lessons,
                            Map<String, Exercise> currentExercises, Map<String, Integer> latestVersion,
                            Set<String> keptModules, Set<String> keptLessons, Set<String> keptExercises,
                            CourseModuleRepository moduleRepo, LessonRepository lessonRepo,
                            ExerciseRepository exerciseRepo) {

        static Existing of(long courseId, CourseModuleRepository modules, LessonRepository lessons,
                           ExerciseRepository exercises) {
            Map<String, CourseModule> ms = new HashMap<>();
            modules.findByCourseId(courseId).forEach(m -> ms.put(m.slug, m));
            List<Long> moduleIds = ms.values().stream().map(m -> m.id).toList();
            Map<String, Lesson> ls = new HashMap<>();
            Map<String, Exercise> current = new HashMap<>();
            Map<String, Integer> latest = new HashMap<>();
            if (!moduleIds.isEmpty()) {
                lessons.findByModuleIdIn(moduleIds).forEach(l -> ls.put(l.slug, l));
                for (Exercise e : exercises.findByModuleIdIn(moduleIds)) {
                    latest.merge(e.slug, e.version, Math::max);
                    if (!e.retired) {
                        current.put(e.slug, e);
                    }
                }
            }
            return new Existing(ms, ls, current, latest, new HashSet<>(), new HashSet<>(), new HashSet<>(),
                    modules, lessons, exercises);
        }

        void retireTheRest() {
            modules.values().stream().filter(m -> !keptModules.contains(m.slug) && !m.retired).forEach(m -> {
                m.retired = true;
                moduleRepo.save(m);
            });
            lessons.values().stream().filter(l -> !keptLessons.contains(l.slug) && !l.retired).forEach(l -> {
                l.retired = true;
                lessonRepo.save(l);
            });
            currentExercises.values().stream().filter(e -> !keptExercises.contains(e.slug)).forEach(e -> {
                e.retired = true;
                exerciseRepo.save(e);
            });
        }
    }
}
