package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingGrader;
import org.tnracademy.exercises.labelling.LabellingResult;

/**
 * Takes a learner's answer, grades it with the pure grader and stores the attempt with its grade,
 * all or nothing. A repeated submission token returns the attempt already stored (a double-click
 * records one attempt), and the attempt limit holds even when two tabs submit at once.
 */
@Service
public class GradingService {

    private static final int MAX_TOKEN_LENGTH = 64;
    private static final int STORE_TRIES = 3;

    private final AttemptRepository attempts;
    private final ExerciseKeyStore keys;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final LabellingGrader grader = new LabellingGrader();

    GradingService(AttemptRepository attempts, ExerciseKeyStore keys, AccountService accounts,
                   ApplicationEventPublisher events, TransactionTemplate tx) {
        this.attempts = attempts;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
        this.tx = tx;
    }

    @PreAuthorize("hasRole('LEARNER')")
    public GradedAttempt submitLabelling(long exerciseId, Map<String, String> labelByItem, String submissionToken) {
        long learnerId = accounts.current().id();
        if (submissionToken == null || submissionToken.isBlank() || submissionToken.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("submission token must be 1 to " + MAX_TOKEN_LENGTH + " characters");
        }
        GradingMaterial material = keys.material(exerciseId).orElseThrow(() -> new SubmissionRefusedException(
                SubmissionRefusedException.Reason.UNKNOWN_EXERCISE, "No exercise with id " + exerciseId));
        Optional<GradedAttempt> earlier = replay(submissionToken, learnerId, exerciseId, material);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (labelByItem == null || labelByItem.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.EMPTY_ANSWER,
                    "The answer labels no item");
        }
        LabellingResult result;
        try {
            result = grader.grade(material.spec(), material.key(), new LabellingAnswer(labelByItem));
        } catch (InvalidAnswerException e) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.INVALID_ANSWER, e.getMessage(),
                    e.problems());
        }
        String answerJson = Json.write(new TreeMap<>(labelByItem));
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> store(material, learnerId, submissionToken, answerJson, result));
            } catch (DataIntegrityViolationException clash) {
                // the same token from a second click, or another tab took this attempt number
                Optional<GradedAttempt> same = replay(submissionToken, learnerId, exerciseId, material);
                if (same.isPresent()) {
                    return same.get();
                }
                if (attempt >= STORE_TRIES) {
                    throw new SubmissionRefusedException(SubmissionRefusedException.Reason.CONCURRENT_SUBMISSION,
                            "Another submission was being recorded at the same moment");
                }
            }
        }
    }

    /** The learner's attempts on an exercise, newest first. */
    @PreAuthorize("hasRole('LEARNER')")
    public List<AttemptSummary> myAttempts(long exerciseId) {
        long learnerId = accounts.current().id();
        return attempts.findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId).stream()
                .map(a -> new AttemptSummary(a.id(), a.attemptNumber(), a.score(), a.submittedAt()))
                .toList();
    }

    /** The learner's latest graded attempt with its feedback, to show again on a later visit. */
    @PreAuthorize("hasRole('LEARNER')")
    public Optional<GradedAttempt> myLatestAttempt(long exerciseId) {
        long learnerId = accounts.current().id();
        return attempts.findByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(exerciseId, learnerId).stream()
                .findFirst()
                .flatMap(a -> keys.material(exerciseId).map(m -> graded(a, m, false)));
    }

    private GradedAttempt store(GradingMaterial material, long learnerId, String token, String answerJson,
                                LabellingResult result) {
        int used = attempts.countByExerciseIdAndLearnerId(material.exerciseId(), learnerId);
        if (used >= material.maxAttempts()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.NO_ATTEMPTS_LEFT,
                    "All " + material.maxAttempts() + " attempts have been used");
        }
        Attempt saved = attempts.saveAndFlush(new Attempt(material.exerciseId(), learnerId, used + 1, token,
                answerJson, result.score(), Json.write(result), Instant.now()));
        events.publishEvent(new SubmissionGraded(saved.id(), learnerId, material.exerciseId(), saved.attemptNumber(),
                saved.score(), saved.submittedAt()));
        return new GradedAttempt(saved.id(), material.exerciseId(), saved.attemptNumber(), material.maxAttempts(),
                saved.score(), result, saved.submittedAt(), false);
    }

    private Optional<GradedAttempt> replay(String token, long learnerId, long exerciseId, GradingMaterial material) {
        return attempts.findBySubmissionToken(token).map(a -> {
            if (a.learnerId() != learnerId || a.exerciseId() != exerciseId) {
                throw new IllegalArgumentException("submission token already used for another submission");
            }
            return graded(a, material, true);
        });
    }

    private static GradedAttempt graded(Attempt a, GradingMaterial material, boolean repeated) {
        return new GradedAttempt(a.id(), a.exerciseId(), a.attemptNumber(), material.maxAttempts(), a.score(),
                Json.read(a.result(), LabellingResult.class), a.submittedAt(), repeated);
    }
}
