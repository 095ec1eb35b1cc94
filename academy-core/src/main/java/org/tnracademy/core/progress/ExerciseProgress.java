package org.tnracademy.core.progress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A learner's standing on one exercise, kept up to date from graded submissions so progress pages
 * and the gradebook read one row instead of every attempt.
 */
@Entity
@Table(name = "exercise_progress")
class ExerciseProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise_progress_seq")
    @SequenceGenerator(name = "exercise_progress_seq", sequenceName = "exercise_progress_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "best_score", nullable = false)
    private double bestScore;

    @Column(name = "last_score", nullable = false)
    private double lastScore;

    @Column(name = "last_attempt_at", nullable = false)
    private Instant lastAttemptAt;

    @Version
    private long version;

    protected ExerciseProgress() {
    }

    ExerciseProgress(long learnerId, long exerciseId) {
        this.learnerId = learnerId;
        this.exerciseId = exerciseId;
    }

    void record(int attemptNumber, double score, Instant at) {
        attempts = Math.max(attempts, attemptNumber);
        bestScore = Math.max(bestScore, score);
        lastScore = score;
        lastAttemptAt = at;
    }

    ExerciseStanding standing() {
        return new ExerciseStanding(learnerId, exerciseId, attempts, bestScore, lastScore, lastAttemptAt);
    }
}
