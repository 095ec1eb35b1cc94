package org.tnracademy.core.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One learner's variant of one exercise version, as drawn the first time it was needed: the pool's
 * items (their ids, the item templates) in the learner's order. Never changed afterwards, so every
 * grade and regrade of the learner's attempts reads exactly the items they were shown.
 */
@Entity
@Table(name = "learner_variant")
class LearnerVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_variant_seq")
    @SequenceGenerator(name = "learner_variant_seq", sequenceName = "learner_variant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    /** JSON list of item ids. */
    @Column(nullable = false)
    private String items;

    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected LearnerVariant() {
    }

    LearnerVariant(long exerciseId, long learnerId, int keyVersion, String items, Instant drawnAt) {
        this.exerciseId = exerciseId;
        this.learnerId = learnerId;
        this.keyVersion = keyVersion;
        this.items = items;
        this.drawnAt = drawnAt;
    }

    String items() {
        return items;
    }
}
