package org.tnracademy.core.grading;

import java.time.Duration;
import java.time.Instant;

/** When one attempt was opened and submitted, and whether it is graded yet: what a gradebook cell counts. */
public record AttemptTiming(long learnerId, long exerciseId, int attemptNumber, AttemptStatus status,
                            Instant startedAt, Instant submittedAt) {

    /** Time from opening to submitting; never negative. */
    public Duration spent() {
        Duration d = Duration.between(startedAt, submittedAt);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
