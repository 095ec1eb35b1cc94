package org.tnracademy.core.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tnracademy.core.catalog.ExerciseAvailability;
import org.tnracademy.core.catalog.ExerciseVersions;
import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.exercises.GradeResult;

/**
 * What a learner is shown of their own grades: the whole result once they have no attempt left on
 * the current version of the exercise; until then the result {@link GradeResult#withheld() withheld},
 * so nothing they receive names the right answer of an item they got wrong. A version that is not
 * current (superseded or retired) never shows its key: a newer version may share it. Every
 * learner-facing read of a result goes through here; instructors and cohort managers read results whole.
 */
@Component
class ResultDisclosure {

    private final AttemptRepository attempts;
    private final AttemptStartRepository starts;
    private final ExerciseVersions versions;

    ResultDisclosure(AttemptRepository attempts, AttemptStartRepository starts, ExerciseVersions versions) {
        this.attempts = attempts;
        this.starts = starts;
        this.versions = versions;
    }

    /** Whether the learner may now see the key's side of their results on this exercise version. */
    boolean keyShown(GradingMaterial material, long learnerId) {
        boolean current = versions.availability(material.exerciseId())
                .map(ExerciseAvailability::takesAttempts).orElse(false);
        return current && noAttemptLeft(material, learnerId);
    }

    /** The attempt as the learner may see it now. */
    GradedAttempt toLearner(GradedAttempt full, GradingMaterial material, long learnerId) {
        if (full.result() == null || keyShown(material, learnerId)) {
            return full;
        }
        return full.withResult(full.result().withheld(), true);
    }

    /** A result the learner had before a regrade replaced it, as they may see it now. */
    GradeHistoryEntry toLearner(GradeHistoryEntry full, GradingMaterial material, long learnerId) {
        if (full.oldResult() == null || keyShown(material, learnerId)) {
            return full;
        }
        return new GradeHistoryEntry(full.attemptId(), full.oldKeyVersion(), full.oldScore(), full.oldRawScore(),
                full.oldResult().withheld(), full.newKeyVersion(), full.newScore(), full.replacedAt(),
                full.replacedBy());
    }

    /**
     * Every attempt stored, or (timed) the last one opened and let lapse: the learner cannot
     * answer again. A last timed attempt still running keeps the key hidden until it ends.
     */
    private boolean noAttemptLeft(GradingMaterial material, long learnerId) {
        int max = material.maxAttempts();
        if (attempts.countByExerciseIdAndLearnerId(material.exerciseId(), learnerId) >= max) {
            return true;
        }
        Integer limit = material.policy().timeLimitMinutes();
        if (limit == null) {
            return false;
        }
        Optional<AttemptStart> latest = starts.findFirstByExerciseIdAndLearnerIdOrderByAttemptNumberDesc(
                material.exerciseId(), learnerId);
        return latest.isPresent() && latest.get().attemptNumber() >= max
                && Instant.now().isAfter(latest.get().startedAt().plus(Duration.ofMinutes(limit))
                .plus(AttemptWindows.GRACE));
    }
}
