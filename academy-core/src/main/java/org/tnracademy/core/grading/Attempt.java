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
 * One graded submission of a learner on one exercise version. Immutable: a regrade (later) adds
 * history, it never rewrites what the learner was shown.
 */
@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    /** Chosen by the page that submits: the same token twice is the same submission (double-click). */
    @Column(name = "submission_token", nullable = false, unique = true)
    private String submissionToken;

    @Column(nullable = false)
    private String answer;

    @Column(nullable = false)
    private double score;

    /** JSON of the grader's result: per-item feedback and metrics. */
    @Column(nullable = false)
    private String result;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Attempt() {
    }

    Attempt(long exerciseId, long learnerId, int attemptNumber, String submissionToken, String answer, double score,
            String result, Instant submittedAt) {
        this.exerciseId = exerciseId;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.submissionToken = submissionToken;
        this.answer = answer;
        this.score = score;
        this.result = result;
        this.submittedAt = submittedAt;
    }

    Long id() {
        return id;
    }

    long exerciseId() {
        return exerciseId;
    }

    long learnerId() {
        return learnerId;
    }

    int attemptNumber() {
        return attemptNumber;
    }

    double score() {
        return score;
    }

    String result() {
        return result;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
