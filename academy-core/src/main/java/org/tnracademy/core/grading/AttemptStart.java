package org.tnracademy.core.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** When a learner opened an attempt: the server times the attempt from here, not the browser. */
@Entity
@Table(name = "attempt_window")
class AttemptStart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_window_seq")
    @SequenceGenerator(name = "attempt_window_seq", sequenceName = "attempt_window_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected AttemptStart() {
    }

    AttemptStart(long exerciseId, long learnerId, int attemptNumber, Instant startedAt) {
        this.exerciseId = exerciseId;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
    }

    int attemptNumber() {
        return attemptNumber;
    }

    Instant startedAt() {
        return startedAt;
    }
}
