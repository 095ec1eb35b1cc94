package org.tnracademy.core.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.catalog.ExerciseAvailability;
import org.tnracademy.core.catalog.ExerciseKeyStore;
import org.tnracademy.core.catalog.ExerciseVersions;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.LocalizedText;

/**
 * Hints of an exercise: learners see how many there are and what each costs; a hint's text is
 * sent only once taken, and taking it is recorded once, so it costs every attempt after it.
 */
@Service
public class HintService {

    private final HintTakenRepository taken;
    private final ExerciseKeyStore keys;
    private final AccountService accounts;
    private final TransactionTemplate tx;
    private final ExerciseVersions versions;

    HintService(HintTakenRepository taken, ExerciseKeyStore keys, AccountService accounts, TransactionTemplate tx,
                ExerciseVersions versions) {
        this.versions = versions;
        this.taken = taken;
        this.keys = keys;
        this.accounts = accounts;
        this.tx = tx;
    }

    /** The hints on offer: none on a version that is no longer current, which takes no attempt. */
    @PreAuthorize("hasRole('LEARNER')")
    public List<HintOffer> hints(long exerciseId) {
        long learnerId = accounts.currentId();
        List<AttemptPolicy.Hint> hints = hintsOf(exerciseId);
        // most exercises offer none: nothing more to read then
        if (hints.isEmpty() || !isCurrent(exerciseId)) {
            return List.of();
        }
        Set<Integer> takenIndexes = taken.findByExerciseIdAndLearnerId(exerciseId, learnerId).stream()
                .map(HintTaken::hintIndex).collect(Collectors.toSet());
        List<HintOffer> offers = new ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            boolean isTaken = takenIndexes.contains(i);
            offers.add(new HintOffer(i, hints.get(i).cost(), isTaken, isTaken ? hints.get(i).text() : null));
        }
        return offers;
    }

    /**
     * Records that the learner took the hint (once, however often asked) and returns its text.
     *
     * @throws SubmissionRefusedException NOT_CURRENT on a superseded or retired version
     */
    @PreAuthorize("hasRole('LEARNER')")
    public LocalizedText takeHint(long exerciseId, int index) {
        long learnerId = accounts.currentId();
        List<AttemptPolicy.Hint> hints = hintsOf(exerciseId);
        if (!isCurrent(exerciseId)) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Reason.NOT_CURRENT,
                    "Exercise " + exerciseId + " is not the current version of its exercise");
        }
        if (index < 0 || index >= hints.size()) {
            throw new IllegalArgumentException("Exercise " + exerciseId + " has no hint " + index + " (it has "
                    + hints.size() + ")");
        }
        boolean already = taken.findByExerciseIdAndLearnerId(exerciseId, learnerId).stream()
                .anyMatch(h -> h.hintIndex() == index);
        if (!already) {
            try {
                tx.executeWithoutResult(status -> taken.saveAndFlush(
                        new HintTaken(exerciseId, learnerId, index, Instant.now())));
            } catch (DataIntegrityViolationException sameMoment) {
                // another tab took the same hint at the same moment: it is recorded once, as wanted
            }
        }
        return hints.get(index).text();
    }

    private boolean isCurrent(long exerciseId) {
        return versions.availability(exerciseId).map(ExerciseAvailability::takesAttempts).orElse(false);
    }

    private List<AttemptPolicy.Hint> hintsOf(long exerciseId) {
        return keys.hints(exerciseId).orElseThrow(() -> new SubmissionRefusedException(
                SubmissionRefusedException.Reason.UNKNOWN_EXERCISE, "No exercise with id " + exerciseId));
    }
}
