package org.tnracademy.core.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A grade an attempt had before a regrade replaced it: kept for good, so an instructor (and the
 * learner) can see what the score was against which key, and who changed it when.
 */
@Entity
@Table(name = "grade_history")
class GradeHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_history_seq")
    @SequenceGenerator(name = "grade_history_seq", sequenceName = "grade_history_seq", allocationSize = 50)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "old_key_version", nullable = false)
    private int oldKeyVersion;

    @Column(name = "old_score", nullable = false)
    private double oldScore;

    @Column(name = "old_raw_score", nullable = false)
    private double oldRawScore;

    /** JSON of the type's result as the learner was shown it. */
    @Column(name = "old_result", nullable = false)
    private String oldResult;

    @Column(name = "new_key_version", nullable = false)
    private int newKeyVersion;

    @Column(name = "new_score", nullable = false)
    private double newScore;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false)
    private String replacedBy;

    protected GradeHistory() {
    }

    /** The grade the attempt has now, about to be replaced by one against {@code newKeyVersion}. */
    GradeHistory(Attempt before, int newKeyVersion, double newScore, Instant replacedAt, String replacedBy) {
        this.attemptId = before.id();
        this.oldKeyVersion = before.keyVersion();
        this.oldScore = before.score();
        this.oldRawScore = before.rawScore();
        this.oldResult = before.result();
        this.newKeyVersion = newKeyVersion;
        this.newScore = newScore;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    GradeHistoryEntry entry(String typeId) {
        return new GradeHistoryEntry(attemptId, oldKeyVersion, oldScore, oldRawScore,
                TypedTrees.readResult(typeId, oldResult), newKeyVersion, newScore, replacedAt, replacedBy);
    }
}
