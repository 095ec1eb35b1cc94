package org.tnracademy.core.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCertification;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.grading.SubmissionGraded;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.exercises.curriculum.RepressionForm;

/** Learner progress: lessons read and standing per exercise, kept current from graded submissions. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final LessonReadRepository reads;
    private final ExerciseProgressRepository standings;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final CourseCertification certification;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<CourseCompletionAudience> completionAudience;

    ProgressService(LessonReadRepository reads, ExerciseProgressRepository standings, AccountService accounts,
                    CatalogService catalog, CourseCertification certification, JdbcClient jdbc,
                    ApplicationEventPublisher events, ObjectProvider<CourseCompletionAudience> completionAudience) {
        this.events = events;
        this.completionAudience = completionAudience;
        this.reads = reads;
        this.standings = standings;
        this.accounts = accounts;
        this.catalog = catalog;
        this.certification = certification;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void markLessonRead(long lessonId) {
        long learnerId = accounts.currentId();
        if (!reads.existsByLearnerIdAndLessonId(learnerId, lessonId)) {
            LessonRead read = reads.saveAndFlush(new LessonRead(learnerId, lessonId, Instant.now()));
            events.publishEvent(new LessonMarkedRead(learnerId, lessonId, read.readAt()));
            publishCompletion(learnerId, "lesson", lessonId);
        }
    }

    /** The course a lesson or an exercise belongs to (table {@code lesson} or {@code exercise}). */
    private Optional<Long> courseOf(String stepTable, long stepId) {
        return jdbc.sql("select m.course_id from " + stepTable + " s join course_module m on m.id = s.module_id"
                        + " where s.id = :step")
                .param("step", stepId)
                .query(Long.class)
                .optional();
    }

    /** Tells listeners (xAPI) that the learner's course is complete after the step just done, if it is. */
    private void publishCompletion(long learnerId, String stepTable, long stepId) {
        if (completionAudience.stream().noneMatch(CourseCompletionAudience::listening)) {
            return;
        }
        courseOf(stepTable, stepId).flatMap(catalog::outline).ifPresent(outline -> {
            CourseCompletion completion = completions(learnerId, records(learnerId), List.of(outline)).getFirst();
            if (completion.complete()) {
                events.publishEvent(new CourseCompleted(learnerId, completion.courseId(), completion.score(),
                        completion.passed(), completion.completedAt()));
            }
        });
    }

    /** Whether the caller has marked a lesson read. */
    @PreAuthorize("hasRole('LEARNER')")
    public boolean isLessonRead(long lessonId) {
        return reads.existsByLearnerIdAndLessonId(accounts.currentId(), lessonId);
    }

    /** Everything "My progress" shows, from one outline of the courses. */
    @PreAuthorize("hasRole('LEARNER')")
    public ProgressOverview myOverview() {
        long learnerId = accounts.currentId();
        List<CourseOutline> outlines = catalog.outlines();
        // the learner's reads and standings once, for the three parts of the page
        Records mine = records(learnerId);
        return new ProgressOverview(forms(mine, outlines), completions(learnerId, mine, outlines),
                new LearnerProgress(progressOf(learnerId, mine, outlines)));
    }

    /** The published courses with the caller's progress through each, for the catalogue: one outline. */
    @PreAuthorize("hasRole('LEARNER')")
    public List<CourseWithProgress> myCourses() {
        List<CourseOutline> outlines = catalog.outlines();
        long learnerId = accounts.currentId();
        List<LearnerProgress.Course> mine = progressOf(learnerId, records(learnerId), outlines);
        List<CourseWithProgress> out = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            out.add(new CourseWithProgress(outlines.get(i), mine.get(i)));
        }
        return out;
    }

    /** One course's outline with the caller's progress through it, for the course page: one outline. */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<CourseWithProgress> myCourseOutline(long courseId) {
        return catalog.outline(courseId)
                .map(o -> new CourseWithProgress(o, progressOf(accounts.currentId(), List.of(o)).getFirst()));
    }

    @PreAuthorize("hasRole('LEARNER')")
    public LearnerProgress myProgress() {
        return new LearnerProgress(progressOf(accounts.currentId(), catalog.outlines()));
    }

    /** The caller's progress through one course, step by step; empty when there is no such course. */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<LearnerProgress.Course> myCourse(long courseId) {
        return catalog.outline(courseId)
                .map(o -> progressOf(accounts.currentId(), List.of(o)).getFirst());
    }

    /** What a learner has done: lessons read and standings per exercise. */
    private record Records(List<LessonRead> reads, List<ExerciseProgress> standings) {
    }

    private Records records(long learnerId) {
        return new Records(reads.findByLearnerId(learnerId), standings.findByLearnerId(learnerId));
    }

    private List<LearnerProgress.Course> progressOf(long learnerId, List<CourseOutline> outlines) {
        return progressOf(learnerId, records(learnerId), outlines);
    }

    private List<LearnerProgress.Course> progressOf(long learnerId, Records mine, List<CourseOutline> outlines) {
        Map<Long, Instant> read = mine.reads().stream()
                .collect(Collectors.toMap(LessonRead::lessonId, LessonRead::readAt, (a, b) -> a));
        Map<Long, ExerciseStanding> scored = mine.standings().stream()
                .map(ExerciseProgress::standing)
                .collect(Collectors.toMap(ExerciseStanding::exerciseId, Function.identity()));
        Set<Long> pending = pendingExercises(learnerId);
        return outlines.stream()
                .map(o -> new LearnerProgress.Course(o.id(), o.title(), o.steps().stream()
                        .map(s -> step(s, read, scored, pending)).toList()))
                .toList();
    }

    /** The exercises on which an attempt of the learner waits for an instructor's grade. */
    private Set<Long> pendingExercises(long learnerId) {
        return new HashSet<>(jdbc.sql("select distinct exercise_id from attempt where learner_id = :learner"
                        + " and status = 'PENDING'")
                .param("learner", learnerId)
                .query(Long.class)
                .list());
    }

    /**
     * The caller's own standing by form of TNR over every current exercise of the courses: every
     * known form, in the packs' order, then any other form an exercise names.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public List<FormStanding> myForms() {
        return forms(records(accounts.currentId()), catalog.outlines());
    }

    private List<FormStanding> forms(Records mine, List<CourseOutline> outlines) {
        List<Long> exerciseIds = outlines.stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).map(CourseOutline.Step::id).distinct()
                .toList();
        Map<Long, List<String>> formsOf = exerciseIds.isEmpty() ? Map.of() : catalog.formsOf(exerciseIds);
        Map<Long, Double> scored = new HashMap<>();
        mine.standings().forEach(p -> scored.put(p.standing().exerciseId(), p.standing().score()));
        Set<String> forms = new LinkedHashSet<>(RepressionForm.ids());
        exerciseIds.forEach(id -> forms.addAll(formsOf.getOrDefault(id, List.of())));
        List<FormStanding> out = new ArrayList<>();
        for (String form : forms) {
            int exercises = 0;
            int done = 0;
            double sum = 0;
            for (long id : exerciseIds) {
                if (formsOf.getOrDefault(id, List.of()).contains(form)) {
                    exercises++;
                    Double score = scored.get(id);
                    if (score != null) {
                        done++;
                        sum += score;
                    }
                }
            }
            out.add(new FormStanding(form, exercises, done, done == 0 ? null : sum / done));
        }
        return out;
    }

    /** The caller's completion of every course, in catalogue order. */
    @PreAuthorize("hasRole('LEARNER')")
    public List<CourseCompletion> myCompletions() {
        long learnerId = accounts.currentId();
        return completions(learnerId, records(learnerId), catalog.outlines());
    }

    /** The caller's completion of one course; empty when there is no such course. */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<CourseCompletion> myCompletion(long courseId) {
        return catalog.outline(courseId).map(o -> {
            long learnerId = accounts.currentId();
            return completions(learnerId, records(learnerId), List.of(o)).getFirst();
        });
    }

    private List<CourseCompletion> completions(long learnerId, Records mine, List<CourseOutline> outlines) {
        Map<Long, Instant> read = mine.reads().stream()
                .collect(Collectors.toMap(LessonRead::lessonId, LessonRead::readAt, (a, b) -> a.isBefore(b) ? a : b));
        Map<Long, ExerciseStanding> scored = mine.standings().stream()
                .map(ExerciseProgress::standing)
                .collect(Collectors.toMap(ExerciseStanding::exerciseId, Function.identity()));
        Map<Long, Instant> firstGraded = firstGraded(learnerId);
        Map<Long, Integer> passMarks = certification.passMarks();
        List<CourseCompletion> out = new ArrayList<>();
        for (CourseOutline o : outlines) {
            int lessons = 0;
            int lessonsRead = 0;
            int exercises = 0;
            int graded = 0;
            double sum = 0;
            Instant last = null;
            for (CourseOutline.Step s : o.steps()) {
                Instant done;
                if (s.kind() == CourseOutline.StepKind.LESSON) {
                    lessons++;
                    done = read.get(s.id());
                    lessonsRead += done == null ? 0 : 1;
                } else {
                    exercises++;
                    ExerciseStanding standing = scored.get(s.id());
                    if (standing != null) {
                        graded++;
                        sum += standing.score();
                        // a standing always comes from a graded attempt; its time is the fallback all the same
                        done = firstGraded.getOrDefault(s.id(), standing.lastAttemptAt());
                    } else {
                        done = null;
                    }
                }
                if (done != null && (last == null || done.isAfter(last))) {
                    last = done;
                }
            }
            boolean complete = lessonsRead == lessons && graded == exercises && lessons + exercises > 0;
            out.add(new CourseCompletion(o.id(), o.slug(), o.title(), lessons, lessonsRead, exercises, graded,
                    exercises == 0 ? 0 : sum / exercises, complete ? last : null,
                    passMarks.getOrDefault(o.id(), CoursePack.DEFAULT_PASS_MARK)));
        }
        return out;
    }

    /** When each exercise the learner has was first graded: the day it counted as done. */
    private Map<Long, Instant> firstGraded(long learnerId) {
        Map<Long, Instant> out = new HashMap<>();
        jdbc.sql("""
                        select a.exercise_id, min(a.submitted_at) from attempt a
                        where a.learner_id = :learner and a.status = 'GRADED'
                        group by a.exercise_id""")
                .param("learner", learnerId)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        return out;
    }

    /** Standings of the given learners on every exercise they attempted (instructors: course results). */
    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
    public List<ExerciseStanding> standingsOf(Collection<Long> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return standings.findByLearnerIdIn(learnerIds).stream().map(ExerciseProgress::standing).toList();
    }

    /** Runs inside the grading transaction: the attempt and the standing are stored together. */
    @EventListener
    @Transactional
    void on(SubmissionGraded graded) {
        ExerciseProgress progress = standings.findByLearnerIdAndExerciseId(graded.learnerId(), graded.exerciseId())
                .orElseGet(() -> new ExerciseProgress(graded.learnerId(), graded.exerciseId()));
        progress.record(graded.attemptNumber(), graded.score(), graded.submittedAt(), graded.scoring());
        standings.saveAndFlush(progress);
        publishCompletion(graded.learnerId(), "exercise", graded.exerciseId());
    }

    /** A regrade changed scores: the standing is rebuilt from the learner's graded attempts, in the same transaction. */
    @EventListener
    @Transactional
    void on(LearnerGradesReplaced replaced) {
        if (replaced.gradedAttempts().isEmpty()) {
            return;
        }
        ExerciseProgress progress = standings.findByLearnerIdAndExerciseId(replaced.learnerId(), replaced.exerciseId())
                .orElseGet(() -> new ExerciseProgress(replaced.learnerId(), replaced.exerciseId()));
        progress.rebuild(replaced.gradedAttempts(), replaced.scoring());
        standings.saveAndFlush(progress);
    }

    private static LearnerProgress.Step step(CourseOutline.Step s, Map<Long, Instant> read,
                                             Map<Long, ExerciseStanding> scored, Set<Long> pending) {
        if (s.kind() == CourseOutline.StepKind.LESSON) {
            Instant at = read.get(s.id());
            return new LearnerProgress.Step(s.id(), false, s.title(), at != null, at, 0, 0, null, false);
        }
        ExerciseStanding st = scored.get(s.id());
        boolean waiting = pending.contains(s.id());
        return st == null
                ? new LearnerProgress.Step(s.id(), true, s.title(), false, null, 0, s.maxAttempts(), null, waiting)
                : new LearnerProgress.Step(s.id(), true, s.title(), true, st.lastAttemptAt(), st.attempts(),
                        s.maxAttempts(), st.score(), waiting);
    }
}
