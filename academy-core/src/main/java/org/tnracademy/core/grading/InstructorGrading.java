package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.support.Json;
import org.tnracademy.core.support.OffsetPageable;
import org.tnracademy.exercises.GradeResult;
import tools.jackson.core.type.TypeReference;

/**
 * The attempts that wait for an instructor, and the one way to give them their grade. The review
 * feature decides what the grade is; this keeps attempts whole and publishes the grade.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('INSTRUCTOR')")
public class InstructorGrading {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final AttemptRepository attempts;
    private final ExerciseKeyStore keys;
    private final ApplicationEventPublisher events;

    InstructorGrading(AttemptRepository attempts, ExerciseKeyStore keys, ApplicationEventPublisher events) {
        this.attempts = attempts;
        this.keys = keys;
        this.events = events;
    }

    /** Pending attempts, oldest first: the queue is worked in the order learners submitted. */
    public List<PendingAttempt> pending(int offset, int limit) {
        return attempts.findByStatusOrderBySubmittedAtAscIdAsc(AttemptStatus.PENDING, OffsetPageable.of(offset, limit))
                .stream().map(InstructorGrading::pending).toList();
    }

    public long countPending() {
        return attempts.countByStatus(AttemptStatus.PENDING);
    }

    /** The attempt if it is still pending. */
    public Optional<PendingAttempt> pendingAttempt(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.status() == AttemptStatus.PENDING)
                .map(InstructorGrading::pending);
    }

    /**
     * Stores the grade of a pending attempt and publishes it to progress and gradebook.
     *
     * @throws IllegalStateException when the attempt is not pending (graded meanwhile by someone else)
     */
    @Transactional
    public GradedAttempt record(long attemptId, GradeResult result, String instructor) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new IllegalArgumentException("No attempt with id " + attemptId));
        GradingMaterial material = keys.material(attempt.exerciseId(), attempt.keyVersion()).orElseThrow();
        CalibratedScore scored = CalibratedScore.of(material.policy().confidence(), material.type(),
                attempt.confidence(), result);
        attempt.calibrated(scored);
        attempt.grade(scored.raw(), Json.write(result), Instant.now(), instructor);
        Attempt saved = attempts.saveAndFlush(attempt);
        events.publishEvent(new SubmissionGraded(saved.id(), saved.learnerId(), saved.exerciseId(),
                saved.attemptNumber(), saved.score(), saved.submittedAt(), material.policy().scoring()));
        events.publishEvent(new InstructorGraded(saved.id(), saved.learnerId(), saved.exerciseId(), saved.score()));
        return GradedAttempts.of(saved, material, false);
    }

    private static PendingAttempt pending(Attempt a) {
        return new PendingAttempt(a.id(), a.exerciseId(), a.keyVersion(), a.learnerId(), a.attemptNumber(),
                Json.read(a.answer(), TREE), a.submittedAt());
    }
}
