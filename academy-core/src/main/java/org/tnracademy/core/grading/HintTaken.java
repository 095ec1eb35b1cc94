package org.tnracademy.core.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a learner took one hint of an exercise version, and when: it costs every later attempt. */
@Entity
@Table(name = "hint_taken")
class HintTaken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hint_taken_seq")
    @SequenceGenerator(name = "hint_taken_seq", sequenceName = "hint_taken_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "hint_index", nullable = false)
    private int hintIndex;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected HintTaken() {
    }

    HintTaken(long exerciseId, long learnerId, int hintIndex, Instant takenAt) {
        this.exerciseId = exerciseId;
        this.learnerId = learnerId;
        this.hintIndex = hintIndex;
        this.takenAt = takenAt;
    }

    int hintIndex() {
        return hintIndex;
    }

    Instant takenAt() {
        return takenAt;
    }
}
