package org.tnracademy.core.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.media.CourseImages;
import org.tnracademy.core.packs.AttemptPolicy;
import org.tnracademy.core.packs.CoursePack;

/**
 * Writes a validated pack into the catalogue in one transaction: a pack arrives whole or not at
 * all. The pack's content hash makes a repeated import a no-op; a changed pack updates lessons in
 * place and turns each changed exercise into a new version, retiring the old one so attempts made
 * on it stay valid and viewable. Two nodes importing at once: the unique keys let one win and the
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

    CourseImporter(CourseRepository courses, CourseModuleRepository modules, LessonRepository lessons,
                   ExerciseRepository exercises, AnswerKeyRepository answerKeys, ImportedPackRepository imported, DatasetService datasets,
                   TransactionTemplate tx, AuditLog audit, CourseImages courseImages) {
        this.courseImages = courseImages;
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

    public Outcome importPack(CoursePack pack) {
        try {
            Outcome outcome = tx.execute(status -> apply(pack));
            if (outcome != Outcome.UNCHANGED) {
                audit.record("system", AuditAction.CONTENT_IMPORTED, pack.id() + " version " + pack.version() + " "
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
        return courses.findBySlug(pack.id()).map(c -> c.contentHash.equals(pack.contentHash())).orElse(false);
    }

    private Outcome apply(CoursePack pack) {
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
                    case CoursePack.Exercise e -> upsertExercise(existing, module.id, position, e);
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

    private void upsertExercise(Existing existing, long moduleId, int position, CoursePack.Exercise e) {
        Exercise current = existing.currentExercises.get(e.id());
        if (current != null && (current.contentHash.equals(e.contentHash()) || sameContent(current, e))) {
            current.moduleId = moduleId;
            current.position = position;
            exercises.save(current);
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
                log.info("Exercise {} changed: version {} replaces version {}", e.id(), version, current.version);
            }
        }
        existing.keptExercises.add(e.id());
    }

    /**
     * The same exercise written differently (such as a pack the studio exported: its files are
     * formatted anew, so their hash differs): not a new version, so learners' work stays current.
     */
    private boolean sameContent(Exercise current, CoursePack.Exercise e) {
        AttemptPolicy policy = e.policy();
        return current.type.equals(e.type()) && current.version >= e.version()
                && current.title.equals(e.title()) && current.instructions.equals(e.instructions())
                && Objects.equals(current.level, e.level()) && current.formList().equals(e.forms())
                && current.maxAttempts == policy.maxAttempts()
                && Objects.equals(current.timeLimitMinutes, policy.timeLimitMinutes())
                && current.scoring == policy.scoring()
                && ExerciseTrees.hints(current.hints).equals(policy.hints())
                && ExerciseTrees.tree(current.spec).equals(ExerciseTrees.tree(ExerciseTrees.json(e.spec())))
                && answerKeys.findByExerciseIdAndKeyVersion(current.id, current.keyVersion)
                        .map(k -> ExerciseTrees.tree(k.keyJson).equals(ExerciseTrees.tree(ExerciseTrees.json(e.key()))))
                        .orElse(false)
                && (current.datasetId == null ? e.dataset() == null
                        : e.dataset() != null && datasets.holds(current.datasetId, e.dataset()));
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
