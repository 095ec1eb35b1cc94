package org.tnracademy.core.grading;

import java.time.Instant;

/**
 * An opened attempt: when it started and, for timed exercises, by when the server accepts it.
 *
 * @param deadline null when the exercise has no time limit
 */
public record AttemptWindow(long exerciseId, int attemptNumber, Instant startedAt, Instant deadline) {

    public boolean timed() {
        return deadline != null;
    }
}
