package org.tnracademy.core.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.InstructorGrading;
import org.tnracademy.core.grading.PendingAttempt;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.InstructorGrade;
import org.tnracademy.exercises.written.InvalidGradeException;
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;

/**
 * The written-analysis grading queue: instructors list what waits, read one submission against its
 * rubric, and grade it. A grade that does not fit the rubric is refused with every problem named;
 * a stored grade reaches the learner, progress and gradebook, and the audit log.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ReviewService {

    private final InstructorGrading grading;
    private final ExerciseKeyStore keys;
    private final AccountService accounts;
    private final AuditLog audit;

    ReviewService(InstructorGrading grading, ExerciseKeyStore keys, AccountService accounts, AuditLog audit) {
        this.grading = grading;
        this.keys = keys;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Waiting analyses, oldest first. */
    public List<ReviewRow> pending(int offset, int limit) {
        List<PendingAttempt> page = grading.pending(offset, limit);
        Map<Long, String> names = accounts.displayNames(page.stream().map(PendingAttempt::learnerId).toList());
        Map<Long, GradingMaterial> exercises = new LinkedHashMap<>();
        return page.stream().map(p -> new ReviewRow(p.attemptId(),
                exercises.computeIfAbsent(p.exerciseId(), id -> material(p)).title(),
                names.getOrDefault(p.learnerId(), "?"), p.submittedAt())).toList();
    }

    public long countPending() {
        return grading.countPending();
    }

    /** The pending analysis with its rubric; empty when there is none, or it is graded already. */
    public Optional<WrittenSubmission> submission(long attemptId) {
        return grading.pendingAttempt(attemptId).map(p -> {
            GradingMaterial m = material(p);
            WrittenType type = ExerciseTypes.written();
            WrittenSpec rubric = type.readSpec(m.specTree());
            String name = accounts.displayNames(List.of(p.learnerId())).getOrDefault(p.learnerId(), "?");
            return new WrittenSubmission(p.attemptId(), p.exerciseId(), m.title(), name, p.attemptNumber(), rubric,
                    type.readKey(rubric, m.keyTree()), type.readAnswer(rubric, p.answerTree()).text(),
                    p.submittedAt());
        });
    }

    /**
     * Grades a pending analysis: whole points per criterion of its rubric, and a comment for the learner.
     *
     * @throws GradeRefusedException INVALID_GRADE with every problem, or NOT_PENDING; nothing is stored then
     */
    public GradedAttempt grade(long attemptId, Map<String, Integer> pointsByCriterion, String comment) {
        PendingAttempt pending = grading.pendingAttempt(attemptId).orElseThrow(() -> notPending(attemptId));
        GradingMaterial m = material(pending);
        WrittenType type = ExerciseTypes.written();
        WrittenSpec rubric = type.readSpec(m.specTree());
        InstructorGrade grade;
        try {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("points", pointsByCriterion == null ? Map.of() : new LinkedHashMap<>(pointsByCriterion));
            if (comment != null) {
                tree.put("comment", comment);
            }
            grade = type.readGrade(rubric, tree);
        } catch (InvalidGradeException e) {
            throw new GradeRefusedException(GradeRefusedException.Reason.INVALID_GRADE, e.getMessage(), e.problems());
        }
        WrittenResult result = type.grade(rubric, type.readAnswer(rubric, pending.answerTree()), grade);
        String instructor = accounts.current().username();
        GradedAttempt graded;
        try {
            graded = grading.record(attemptId, result, instructor);
        } catch (IllegalStateException | OptimisticLockingFailureException raced) {
            throw notPending(attemptId);
        }
        audit.record(instructor, AuditAction.WRITTEN_ANALYSIS_GRADED,
                AuditMessage.of("written-graded", m.title(), result.points(), result.maxPoints()), "attempt " + attemptId + " of exercise "
                + m.exerciseId() + ": " + result.points() + "/" + result.maxPoints() + " points", null);
        return graded;
    }

    private GradingMaterial material(PendingAttempt p) {
        return keys.material(p.exerciseId(), p.keyVersion()).orElseThrow(() -> new IllegalStateException(
                "Exercise " + p.exerciseId() + " has no key version " + p.keyVersion()));
    }

    private static GradeRefusedException notPending(long attemptId) {
        return new GradeRefusedException(GradeRefusedException.Reason.NOT_PENDING,
                "Attempt " + attemptId + " is not waiting for a grade", List.of());
    }
}
