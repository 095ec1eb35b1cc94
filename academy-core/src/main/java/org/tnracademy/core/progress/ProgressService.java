package org.tnracademy.core.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.grading.SubmissionGraded;

/** Learner progress: lessons read and standing per exercise, kept current from graded submissions. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final LessonReadRepository reads;
    private final ExerciseProgressRepository standings;
    private final AccountService accounts;
    private final CatalogService catalog;

    ProgressService(LessonReadRepository reads, ExerciseProgressRepository standings, AccountService accounts,
                    CatalogService catalog) {
        this.reads = reads;
        this.standings = standings;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public void markLessonRead(long lessonId) {
        long learnerId = accounts.current().id();
        if (!reads.existsByLearnerIdAndLessonId(learnerId, lessonId)) {
            reads.save(new LessonRead(learnerId, lessonId, Instant.now()));
        }
    }

    @PreAuthorize("hasRole('LEARNER')")
    public LearnerProgress myProgress() {
        long learnerId = accounts.current().id();
        Map<Long, Instant> read = reads.findByLearnerId(learnerId).stream()
                .collect(Collectors.toMap(LessonRead::lessonId, LessonRead::readAt, (a, b) -> a));
        Map<Long, ExerciseStanding> scored = standings.findByLearnerId(learnerId).stream()
                .map(ExerciseProgress::standing)
                .collect(Collectors.toMap(ExerciseStanding::exerciseId, Function.identity()));
        return new LearnerProgress(catalog.outlines().stream()
                .map(o -> new LearnerProgress.Course(o.id(), o.title(), o.steps().stream()
                        .map(s -> step(s, read, scored)).toList()))
                .toList());
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
                                             Map<Long, ExerciseStanding> scored) {
        if (s.kind() == CourseOutline.StepKind.LESSON) {
            Instant at = read.get(s.id());
            return new LearnerProgress.Step(s.id(), false, s.title(), at != null, at, 0, 0, null);
        }
        ExerciseStanding st = scored.get(s.id());
        return st == null
                ? new LearnerProgress.Step(s.id(), true, s.title(), false, null, 0, s.maxAttempts(), null)
                : new LearnerProgress.Step(s.id(), true, s.title(), true, st.lastAttemptAt(), st.attempts(),
                        s.maxAttempts(), st.score());
    }
}
