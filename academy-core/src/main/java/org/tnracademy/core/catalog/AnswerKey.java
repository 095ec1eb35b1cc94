package org.tnracademy.core.catalog;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One version of an exercise's answer key, kept for good: attempts name the version they were
 * graded against, and a regrade compares versions.
 */
@Entity
@Table(name = "answer_key")
@IdClass(AnswerKey.Ref.class)
class AnswerKey {

    @Id
    @Column(name = "exercise_id")
    long exerciseId;

    @Id
    @Column(name = "key_version")
    int keyVersion;

    /** JSON of the type's key tree. */
    @Column(name = "key_json", nullable = false)
    String keyJson;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    protected AnswerKey() {
    }

    AnswerKey(long exerciseId, int keyVersion, String keyJson, Instant createdAt, String createdBy) {
        this.exerciseId = exerciseId;
        this.keyVersion = keyVersion;
        this.keyJson = keyJson;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The composite id: exercise version and key version. */
    static class Ref implements Serializable {
        long exerciseId;
        int keyVersion;

        Ref() {
        }

        Ref(long exerciseId, int keyVersion) {
            this.exerciseId = exerciseId;
            this.keyVersion = keyVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.exerciseId == exerciseId && r.keyVersion == keyVersion;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(exerciseId) * 31 + keyVersion;
        }
    }
}
