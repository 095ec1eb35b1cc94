package org.tnracademy.core.grading;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.tnracademy.core.catalog.GradingMaterial;

/** The clock of attempts: when a timed attempt ends, the grace after it, and the window a learner is shown. */
final class AttemptWindows {

    /** Lets a submission made at the last second survive the trip to the server. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private AttemptWindows() {
    }

    /** To the microsecond, as the database keeps it: a window read back equals the one handed out. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Instant deadline(AttemptStart start, int limitMinutes) {
        return start.startedAt().plus(Duration.ofMinutes(limitMinutes));
    }

    static AttemptWindow window(GradingMaterial material, AttemptStart start) {
        Integer limit = material.policy().timeLimitMinutes();
        return new AttemptWindow(material.exerciseId(), start.attemptNumber(), start.startedAt(),
                limit == null ? null : deadline(start, limit));
    }

    static SubmissionRefusedException noAttemptsLeft(GradingMaterial material) {
        return new SubmissionRefusedException(SubmissionRefusedException.Reason.NO_ATTEMPTS_LEFT,
                "All " + material.maxAttempts() + " attempts have been used");
    }
}
