package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.ExerciseAvailability;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.ExerciseVersions;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.catalog.LearnerVariants;
import org.tnracademy.core.catalog.VariantSubject;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AnswerLimits;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Takes a learner's answer to an exercise of any type, grades it with the type's pure grader (or
 * stores it pending for an instructor, for written analyses) and stores the attempt, all or
 * nothing. A repeated submission token returns the attempt already stored (a double-click records
 * one attempt), the attempt limit holds even when two tabs submit at once, and a time limit is
 * enforced here, on the server, from the moment the attempt was opened. Only the current version
 * of an exercise takes attempts ({@link ExerciseVersions}), and learners receive their results as
 * {@link ResultDisclosure} allows: withheld while they have an attempt left.
 */
@Service
public class GradingService {

    private static final int MAX_TOKEN_LENGTH = 64;
    private static final int STORE_TRIES = 3;
    private static final String MACHINE_GRADER = "grader";

    private final AttemptRepository attempts;
    private final AttemptStartRepository starts;
    private final HintTakenRepository hintsTaken;
    private final ExerciseKeyStore keys;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ExerciseVersions versions;
    private final ResultDisclosure disclosure;
    private final SubmissionMetrics metrics;
    private final LearnerVariants variants;

    GradingService(LearnerVariants variants, AttemptRepository attempts, AttemptStartRepository starts, HintTakenRepository hintsTaken,
                   ExerciseKeyStore keys, AccountService accounts, ApplicationEventPublisher events,
                   TransactionTemplate tx, ExerciseVersions versions, ResultDisclosure disclosure,
                   SubmissionMetrics metrics) {
        this.variants = variants;
        this.versions = versions;
        this.disclosure = disclosure;
        this.metrics = metrics;
        this.attempts = attempts;
        this.starts = starts;
        this.hintsTaken = hintsTaken;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
    }

    /** How often an answer is graded again because a regrade changed the key meanwhile, before giving up. */
    private static final int MAX_KEY_CHANGES = 3;

    /** Thrown inside the storing transaction, which it rolls back, when the key changed since grading. */
    private static final class KeyChangedWhileGrading extends RuntimeException {
        KeyChangedWhileGrading() {
            super(null, null, false, false);
        }
    }

    /**
     * Submits an answer in the tree format of the exercise's type (see docs/exercise-types).
     *
     * @throws SubmissionRefusedException when nothing was stored, with the reason (and the answer's
     *                                    problems for INVALID_ANSWER)
     */
    @PreAuthorize("hasRole('LEARNER')")
    public GradedAttempt submit(long exerciseId, Map<String, Object> answerTree, String submissionToken) {
        return submitWithConfidence(exerciseId, answerTree, null, submissionToken);
    }

    /**
     * {@link #submit} with the learner's confidence ({@code {answer: 70}} or {@code {items: {q1: 80}}},
     * docs/calibration.md; null for none), checked with the answer and refused with it.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public GradedAttempt submitWithConfidence(long exerciseId, Map<String, Object> answerTree,
                                              Map<String, Object> confidenceTree, String submissionToken) {
        try {
            return submitCounted(exerciseId, answerTree, confidenceTree, submissionToken);
        } catch (SubmissionRefusedException refused) {
            metrics.refused(refused.reason());
            throw refused;
        }
    }

    private GradedAttempt submitCounted(long exerciseId, Map<String, Object> answerTree,
                                        Map<String, Object> confidenceTree, String submissionToken) {
        bounded(answerTree);
        long learnerId = accounts.currentId();
        if (submissionToken == null || submissionToken.isBlank() || submissionToken.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("submission token must be 1 to " + MAX_TOKEN_LENGTH + " characters");
        }
        GradingMaterial material = variants.forLearner(material(exerciseId), learnerId);
        requireCurrent(exerciseId);
        Optional<GradedAttempt> earlier = replay(submissionToken, learnerId, exerciseId, material);
        if (earlier.isPresent()) {
            return disclosure.toLearner(earlier.get(), material, learnerId);
        }
        if (TypedTrees.blank(answerTree)) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.EMPTY_ANSWER,
                    "The answer is empty");
        }
        String answerJson = Json.write(answerTree);
        String confidenceJson = SubmittedConfidence.checked(material, confidenceTree);
        for (int keyChanges = 0; ; keyChanges++) {
            GradingMaterial graded = material;
            GradeResult result = metrics.timeGrading(material.type(), () -> grade(graded, answerTree));
            try {
                GradedAttempt stored = storeRetryingClashes(material, learnerId, submissionToken, answerJson,
                        confidenceJson, result);
                return disclosure.toLearner(stored, material, learnerId);
            } catch (KeyChangedWhileGrading changed) {
                // a regrade committed a new key while this answer was being graded: grade it again by that key
                if (keyChanges >= MAX_KEY_CHANGES) {
                    throw new SubmissionRefusedException(SubmissionRefusedException.Reason.CONCURRENT_SUBMISSION,
                            "The answer key kept changing while the answer was being graded");
                }
                material = variants.forLearner(material(exerciseId), learnerId);
            }
        }
    }

    /** Refuses an answer beyond the bounds of every answer (AnswerLimits) before anything else reads it. */
    private static void bounded(Map<String, Object> answerTree) {
        try {
            AnswerLimits.check(answerTree);
        } catch (InvalidAnswerException tooLarge) {
            throw SubmissionRefusedException.invalidAnswer(tooLarge);
        }
    }

    /** The type's result, or null for a type an instructor grades (whose answer is checked all the same). */
    private static GradeResult grade(GradingMaterial material, Map<String, Object> answerTree) {
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(material.type());
        try {
            VariantAnswers.requireWithin(material, answerTree);
            if (type instanceof AutoGradedType<?, ?, ?, ?> auto) {
                return TypedTrees.grade(auto, material.specTree(), material.keyTree(), answerTree);
            }
            TypedTrees.checkAnswer(type, material.specTree(), answerTree);
            return null;
        } catch (InvalidAnswerException e) {
            throw SubmissionRefusedException.invalidAnswer(e);
        }
    }

    private GradedAttempt storeRetryingClashes(GradingMaterial material, long learnerId, String submissionToken,
                                               String answerJson, String confidenceJson, GradeResult result) {
        // each clash means another tab stored an attempt: after maxAttempts of them the limit answers
        int tries = material.maxAttempts() + 1;
        for (int attempt = 1; ; attempt++) {
            try {
                GradedAttempt stored = tx.execute(status -> store(material, learnerId, submissionToken, answerJson,
                        confidenceJson, result));
                // counted once committed: a rolled-back transaction stored nothing
                metrics.stored(material.type(), result == null);
                return stored;
            } catch (DataIntegrityViolationException clash) {
                // the same token from a second click, or another tab took this attempt number
                Optional<GradedAttempt> same = replay(submissionToken, learnerId, material.exerciseId(), material);
                if (same.isPresent()) {
                    return same.get();
                }
                if (attempt >= tries) {
                    throw new SubmissionRefusedException(SubmissionRefusedException.Reason.CONCURRENT_SUBMISSION,
                            "Another submission was being recorded at the same moment");
                }
            }
        }
    }

    /**
     * Grades an answer exactly as {@link #submit} would, for an instructor trying an exercise out:
     * the same checks, the same grader and the same current key, but nothing is stored, no attempt
     * is counted and no event is published. No hint is taken in a preview, so the score is the
     * grader's score.
     *
     * @throws SubmissionRefusedException for an unknown exercise, an empty or an invalid answer
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreviewGrade previewGrade(long exerciseId, Map<String, Object> answerTree) {
        bounded(answerTree);
        return previewGrade(material(exerciseId), answerTree);
    }

    /**
     * {@link #previewGrade(long, Map)} against one learner's variant or a sample one (per-learner
     * variants): the answer is checked and graded as that learner's would be. Nothing is stored.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public PreviewGrade previewGrade(long exerciseId, VariantSubject subject, Map<String, Object> answerTree) {
        bounded(answerTree);
        return previewGrade(variants.forSubject(material(exerciseId), subject), answerTree);
    }

    private PreviewGrade previewGrade(GradingMaterial material, Map<String, Object> answerTree) {
        long exerciseId = material.exerciseId();
        if (TypedTrees.blank(answerTree)) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.EMPTY_ANSWER,
                    "The answer is empty");
        }
        ExerciseType<?, ?, ?> type = ExerciseTypes.get(material.type());
        try {
            VariantAnswers.requireWithin(material, answerTree);
            if (type instanceof AutoGradedType<?, ?, ?, ?> auto) {
                GradeResult result = TypedTrees.grade(auto, material.specTree(), material.keyTree(), answerTree);
                return new PreviewGrade(exerciseId, material.version(), material.keyVersion(), result.score(), result);
            }
            TypedTrees.checkAnswer(type, material.specTree(), answerTree);
            return new PreviewGrade(exerciseId, material.version(), material.keyVersion(), null, null);
        } catch (InvalidAnswerException e) {
            throw SubmissionRefusedException.invalidAnswer(e);
        }
    }

    /**
     * Opens the learner's next attempt, or returns the one already open. For a timed exercise the
     * clock starts now and a submission is accepted until the deadline plus a short grace; an
     * attempt left to lapse is used up, as in an exam.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public AttemptWindow start(long exerciseId) {
        long learnerId = accounts.currentId();
        GradingMaterial material = material(exerciseId);
        requireCurrent(exerciseId);
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> open(material, learnerId));
            } catch (DataIntegrityViolationException clash) {
                // another tab opened it at the same moment: the next pass finds it
                if (attempt >= STORE_TRIES) {
                    throw clash;
                }
            }
        }
    }

    /**
     * The timed attempt the learner has running, if any, without opening one: a page shows its
     * countdown again after a reload, and otherwise offers to start the next attempt.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<AttemptWindow> runningWindow(long exerciseId) {
        long learnerId = accounts.currentId();
        GradingMaterial material = material(exerciseId);
        Integer limit = material.policy().timeLimitMinutes();
        if (limit == null || !isCurrent(exerciseId)) {
            return Optional.empty();
        }
        int used = attempts.countByExerciseIdAndLearnerId(exerciseId, learnerId);
        return latestStart(exerciseId, learnerId)
                .filter(s -> s.attemptNumber() > used && !AttemptWindows.now().isAfter(AttemptWindows.deadline(s, limit).plus(AttemptWindows.GRACE)))
                .map(s -> AttemptWindows.window(material, s));
    }

    /** The learner's attempts on an exercise, newest first. */
    @PreAuthorize("hasRole('LEARNER')")
    public List<AttemptSummary> myAttempts(long exerciseId) {
        long learnerId = accounts.currentId();
        return attempts.findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId).stream()
                .map(a -> new AttemptSummary(a.id(), a.attemptNumber(), a.status(), a.score(), a.submittedAt()))
                .toList();
    }

    /**
     * The learner's latest attempt with its feedback (or pending), to show again on a later visit:
     * withheld while an attempt is left, and always on a version that is no longer current.
     */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<GradedAttempt> myLatestAttempt(long exerciseId) {
        long learnerId = accounts.currentId();
        return attempts.findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId).stream()
                .findFirst()
                .flatMap(a -> keys.material(exerciseId).map(m -> disclosure.toLearner(GradedAttempts.of(a, m, false), m,
                        learnerId)));
    }

    private boolean isCurrent(long exerciseId) {
        return versions.availability(exerciseId).map(ExerciseAvailability::takesAttempts).orElse(false);
    }

    /** Refuses a superseded or retired version: it takes no attempt, whatever request names it. */
    private void requireCurrent(long exerciseId) {
        if (!isCurrent(exerciseId)) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.NOT_CURRENT,
                    "Exercise " + exerciseId + " is not the current version of its exercise");
        }
    }

    private GradingMaterial material(long exerciseId) {
        return keys.material(exerciseId).orElseThrow(() -> new SubmissionRefusedException(
                SubmissionRefusedException.Reason.UNKNOWN_EXERCISE, "No exercise with id " + exerciseId));
    }

    private AttemptWindow open(GradingMaterial material, long learnerId) {
        // under the exercise row's shared lock: a publication retiring this version waits, or is seen
        keys.currentKeyVersionForStoring(material.exerciseId());
        requireCurrent(material.exerciseId());
        Instant now = AttemptWindows.now();
        Integer limit = material.policy().timeLimitMinutes();
        int used = attempts.countByExerciseIdAndLearnerId(material.exerciseId(), learnerId);
        if (limit != null) {
            Optional<AttemptStart> latest = latestStart(material.exerciseId(), learnerId);
            if (latest.isPresent() && latest.get().attemptNumber() > used
                    && !now.isAfter(AttemptWindows.deadline(latest.get(), limit).plus(AttemptWindows.GRACE))) {
                return AttemptWindows.window(material, latest.get());
            }
            int next = Math.max(used, latest.map(AttemptStart::attemptNumber).orElse(0)) + 1;
            if (next > material.maxAttempts()) {
                throw AttemptWindows.noAttemptsLeft(material);
            }
            return AttemptWindows.window(material, starts.saveAndFlush(new AttemptStart(material.exerciseId(), learnerId, next, now)));
        }
        if (used >= material.maxAttempts()) {
            throw AttemptWindows.noAttemptsLeft(material);
        }
        AttemptStart start = starts.findByExerciseIdAndLearnerIdAndAttemptNumber(material.exerciseId(), learnerId,
                used + 1).orElseGet(() -> starts.saveAndFlush(
                        new AttemptStart(material.exerciseId(), learnerId, used + 1, now)));
        return AttemptWindows.window(material, start);
    }

    private GradedAttempt store(GradingMaterial material, long learnerId, String token, String answerJson,
                                String confidenceJson, GradeResult result) {
        if (keys.currentKeyVersionForStoring(material.exerciseId()) != material.keyVersion()) {
            throw new KeyChangedWhileGrading();
        }
        // under the exercise row's shared lock taken just above: a publication retiring it waits, or is seen
        requireCurrent(material.exerciseId());
        Instant now = AttemptWindows.now();
        int used = attempts.countByExerciseIdAndLearnerId(material.exerciseId(), learnerId);
        Integer limit = material.policy().timeLimitMinutes();
        int number;
        Instant startedAt;
        if (limit != null) {
            AttemptStart start = latestStart(material.exerciseId(), learnerId)
                    .filter(s -> s.attemptNumber() > used)
                    .orElseThrow(() -> used >= material.maxAttempts() ? AttemptWindows.noAttemptsLeft(material)
                            : new SubmissionRefusedException(SubmissionRefusedException.Reason.NOT_STARTED,
                                    "This timed attempt was not started"));
            if (now.isAfter(AttemptWindows.deadline(start, limit).plus(AttemptWindows.GRACE))) {
                throw new SubmissionRefusedException(SubmissionRefusedException.Reason.TIME_UP,
                        "The time limit of " + limit + " minutes has passed");
            }
            number = start.attemptNumber();
            startedAt = start.startedAt();
        } else {
            if (used >= material.maxAttempts()) {
                throw AttemptWindows.noAttemptsLeft(material);
            }
            number = used + 1;
            startedAt = starts.findByExerciseIdAndLearnerIdAndAttemptNumber(material.exerciseId(), learnerId, number)
                    .map(AttemptStart::startedAt).orElse(now);
        }
        Attempt attempt = new Attempt(material.exerciseId(), material.keyVersion(), learnerId, number, token,
                answerJson, hintPenalty(material, learnerId), startedAt, now);
        attempt.confidence(confidenceJson);
        if (result != null) {
            CalibratedScore scored = CalibratedScore.of(material.policy().confidence(), material.type(), confidenceJson,
                    result);
            attempt.calibrated(scored);
            attempt.grade(scored.raw(), Json.write(result), now, MACHINE_GRADER);
        }
        Attempt saved = attempts.saveAndFlush(attempt);
        events.publishEvent(new AnswerSubmitted(saved.id(), learnerId, material.exerciseId()));
        if (saved.status() == AttemptStatus.GRADED) {
            events.publishEvent(new SubmissionGraded(saved.id(), learnerId, material.exerciseId(),
                    saved.attemptNumber(), saved.score(), saved.submittedAt(), material.policy().scoring()));
        }
        return GradedAttempts.of(saved, material, result, false);
    }

    /** The share lost to the hints taken so far: the sum of their costs, at most the whole score. */
    private double hintPenalty(GradingMaterial material, long learnerId) {
        List<AttemptPolicy.Hint> hints = material.hints();
        double penalty = hintsTaken.findByExerciseIdAndLearnerId(material.exerciseId(), learnerId).stream()
                .filter(h -> h.hintIndex() < hints.size())
                .mapToDouble(h -> hints.get(h.hintIndex()).cost()).sum();
        return Math.min(1.0, penalty);
    }

    private Optional<AttemptStart> latestStart(long exerciseId, long learnerId) {
        return starts.findFirstByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId);
    }

    private Optional<GradedAttempt> replay(String token, long learnerId, long exerciseId, GradingMaterial material) {
        return attempts.findBySubmissionToken(token).map(a -> {
            if (a.learnerId() != learnerId || a.exerciseId() != exerciseId) {
                throw new IllegalArgumentException("submission token already used for another submission");
            }
            return GradedAttempts.of(a, material, true);
        });
    }
}
