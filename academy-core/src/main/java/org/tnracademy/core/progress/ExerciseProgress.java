package org.tnracademy.core.progress;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.policy.ScoringPolicy;

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

    @Column(name = "graded_count", nullable = false)
    private int gradedCount;

    @Column(name = "score_sum", nullable = false)
    private double scoreSum;

    @Column(name = "last_graded_number", nullable = false)
    private int lastGradedNumber;

    /** The standing under the exercise's scoring policy: best, last or average of graded attempts. */
    @Column(nullable = false)
    private double score;

    @Version
    private long version;

    protected ExerciseProgress() {
    }

    ExerciseProgress(long learnerId, long exerciseId) {
        this.learnerId = learnerId;
        this.exerciseId = exerciseId;
    }

    /** A graded attempt; "last" is the highest attempt number graded, whatever order grades arrive in. */
    void record(int attemptNumber, double attemptScore, Instant at, ScoringPolicy scoring) {
        attempts = Math.max(attempts, attemptNumber);
        bestScore = gradedCount == 0 ? attemptScore : Math.max(bestScore, attemptScore);
        if (attemptNumber >= lastGradedNumber) {
            lastScore = attemptScore;
            lastGradedNumber = attemptNumber;
        }
        gradedCount++;
        scoreSum += attemptScore;
        lastAttemptAt = lastAttemptAt == null || at.isAfter(lastAttemptAt) ? at : lastAttemptAt;
        score = switch (scoring) {
            case BEST -> bestScore;
            case LAST -> lastScore;
            case AVERAGE -> scoreSum / gradedCount;
        };
    }

    /**
     * Starts again from the given graded attempts (a regrade changed their scores): the standing is
     * then what recording them one by one from scratch gives.
     */
    void rebuild(List<LearnerGradesReplaced.ScoredAttempt> graded, ScoringPolicy scoring) {
        attempts = 0;
        bestScore = 0;
        lastScore = 0;
        lastGradedNumber = 0;
        gradedCount = 0;
        scoreSum = 0;
        score = 0;
        Instant latest = lastAttemptAt;
        lastAttemptAt = null;
        for (LearnerGradesReplaced.ScoredAttempt a : graded) {
            record(a.attemptNumber(), a.score(), a.submittedAt(), scoring);
        }
        if (lastAttemptAt == null) {
            lastAttemptAt = latest;
        }
    }

    ExerciseStanding standing() {
        return new ExerciseStanding(learnerId, exerciseId, attempts, score, bestScore, lastScore, gradedCount,
                lastAttemptAt);
    }
}
