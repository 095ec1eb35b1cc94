package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.catalog.LearnerVariants;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.variant.VariantTrees;
import tools.jackson.core.type.TypeReference;

/**
 * What a regrade needs of grading: the graded answers of an exercise version, grading one again
 * against another key in memory, and replacing grades while keeping the old ones in history. The
 * regrade feature decides when; this keeps attempts whole and tells progress and gradebook.
 */
@Service
@Transactional(readOnly = true)
public class AttemptRegrading {

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final AttemptRepository attempts;
    private final GradeHistoryRepository history;
    private final ExerciseKeyStore keys;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    private final ResultDisclosure disclosure;
    private final LearnerVariants variants;

    AttemptRegrading(AttemptRepository attempts, GradeHistoryRepository history, ExerciseKeyStore keys,
                     AccountService accounts, ApplicationEventPublisher events, ResultDisclosure disclosure,
                     LearnerVariants variants) {
        this.disclosure = disclosure;
        this.variants = variants;
        this.attempts = attempts;
        this.history = history;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
    }

    /** Every graded attempt of the exercise version, by learner and attempt number; pending ones are not graded yet. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<GradedAnswer> gradedAnswers(long exerciseId) {
        return attempts.findByExerciseIdAndStatusOrderByLearnerIdAscAttemptNumberAsc(exerciseId, AttemptStatus.GRADED)
                .stream().map(AttemptRegrading::answer).toList();
    }

    /** How many learners made how many attempts (graded or pending) on the exercise version. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public AttemptedBy attemptedBy(long exerciseId) {
        Object[] row = attempts.attemptedBy(exerciseId).getFirst();
        return new AttemptedBy(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /**
     * Grades the stored answer again against the given key, in memory; the hint penalty is the one
     * stored with the attempt. With per-learner variants, spec and key are restricted to the
     * learner's stored variant: the items they were shown, whatever the new key's labels.
     *
     * @throws org.tnracademy.exercises.InvalidAnswerException when the stored answer does not fit that key
     * @throws IllegalArgumentException when the exercise is graded by an instructor, not by a key
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    // an answer that does not fit is an outcome the caller counts, not a failure of its transaction
    @Transactional(readOnly = true, noRollbackFor = InvalidAnswerException.class)
    public Rescored rescore(GradingMaterial material, Map<String, Object> keyTree, GradedAnswer answer) {
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(material.type());
        if (!(type instanceof AutoGradedType<?, ?, ?, ?> auto)) {
            throw new IllegalArgumentException("Exercise type " + material.type() + " is graded by an instructor");
        }
        VariantTrees trees = material.policy().variants().on() ? variants.restrict(material, keyTree, answer.learnerId())
                : new VariantTrees(material.specTree(), keyTree, List.of());
        GradeResult result = TypedTrees.grade(auto, trees.specTree(), trees.keyTree(), answer.answerTree());
        double raw = CalibratedScore.of(material.policy().confidence(), material.type(), answer.confidenceJson(), result)
                .raw();
        return new Rescored(answer, result, raw, Math.max(0.0, raw * (1.0 - answer.hintPenalty())));
    }

    /**
     * Replaces the grades of the given attempts by their new ones against {@code newKeyVersion},
     * keeping each old grade in history, and publishes every affected learner's graded attempts so
     * their standing follows. Joins the caller's transaction: all or nothing.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when an attempt changed since it was read
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void replaceGrades(GradingMaterial material, int newKeyVersion, List<Rescored> regraded, Instant at,
                              String by) {
        Set<Long> learners = new LinkedHashSet<>();
        for (Rescored r : regraded) {
            Attempt attempt = attempts.findById(r.attempt().attemptId()).orElseThrow(() ->
                    new IllegalArgumentException("No attempt with id " + r.attempt().attemptId()));
            if (attempt.lockVersion() != r.attempt().lockVersion() || attempt.exerciseId() != material.exerciseId()) {
                throw new org.springframework.dao.OptimisticLockingFailureException(
                        "Attempt " + attempt.id() + " changed since it was read for the regrade");
            }
            history.save(new GradeHistory(attempt, newKeyVersion, r.score(), at, by));
            attempt.calibrated(CalibratedScore.of(material.policy().confidence(), material.type(), attempt.confidence(),
                    r.result()));
            attempt.regrade(newKeyVersion, r.rawScore(), Json.write(r.result()), at, by);
            learners.add(attempt.learnerId());
        }
        attempts.flush();
        history.flush();
        for (long learnerId : learners) {
            List<LearnerGradesReplaced.ScoredAttempt> graded = new ArrayList<>();
            for (Attempt a : attempts.findByExerciseIdAndLearnerIdAndStatusOrderByAttemptNumberAsc(
                    material.exerciseId(), learnerId, AttemptStatus.GRADED)) {
                graded.add(new LearnerGradesReplaced.ScoredAttempt(a.attemptNumber(), a.score(), a.submittedAt()));
            }
            events.publishEvent(new LearnerGradesReplaced(learnerId, material.exerciseId(),
                    material.policy().scoring(), graded));
        }
    }

    /**
     * The grades an attempt had before regrades replaced them, oldest first. Instructors read any
     * attempt's whole; a learner only their own, withheld as {@link ResultDisclosure} says.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'LEARNER')")
    public List<GradeHistoryEntry> history(long attemptId) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new IllegalArgumentException("No attempt with id " + attemptId));
        boolean instructor = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> Role.INSTRUCTOR.authority().equals(a.getAuthority()));
        if (!instructor && accounts.currentId() != attempt.learnerId()) {
            throw new AccessDeniedException("Attempt " + attemptId + " is another learner's");
        }
        GradingMaterial material = keys.material(attempt.exerciseId()).orElseThrow();
        List<GradeHistoryEntry> entries = history.findByAttemptIdOrderByReplacedAtAscIdAsc(attemptId).stream()
                .map(h -> h.entry(material.type())).toList();
        if (instructor) {
            return entries;
        }
        return entries.stream().map(e -> disclosure.toLearner(e, material, attempt.learnerId())).toList();
    }

    private static GradedAnswer answer(Attempt a) {
        return new GradedAnswer(a.id(), a.learnerId(), a.attemptNumber(), a.keyVersion(), Json.read(a.answer(), TREE),
                a.hintPenalty(), a.rawScore(), a.score(), a.submittedAt(), a.lockVersion(), a.confidence());
    }
}
