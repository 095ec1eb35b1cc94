package org.tnracademy.core.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One submission of a learner on one exercise version, graded against one answer-key version.
 * A written analysis is graded once, from pending; a regrade after an answer-key change replaces
 * the grade and the replaced one is kept in {@link GradeHistory}.
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

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    /** Chosen by the page that submits: the same token twice is the same submission (double-click). */
    @Column(name = "submission_token", nullable = false, unique = true)
    private String submissionToken;

    /** JSON of the answer tree as the type reads it. */
    @Column(nullable = false)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    /** The score before hint penalties (the grader's, blended with the calibration when it counts); null while pending. */
    @Column(name = "raw_score")
    private Double rawScore;

    /** Share of the score lost to hints taken before this attempt, in [0, 1]. */
    @Column(name = "hint_penalty", nullable = false)
    private double hintPenalty;

    /** rawScore x (1 - hintPenalty), floored at 0; null while pending. */
    @Column
    private Double score;

    /** JSON of the type's result: per-item feedback and metrics; null while pending. */
    @Column
    private String result;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "graded_by")
    private String gradedBy;

    /** When the grade was last replaced by a regrade; null if never. */
    @Column(name = "regraded_at")
    private Instant regradedAt;

    /** JSON of the confidence the learner gave with the answer; null when none (docs/calibration.md). */
    @Column
    private String confidence;

    /** JSON list of [confidence, outcome] claims as last graded; null while pending or without confidence. */
    @Column(name = "calibration_claims")
    private String calibrationClaims;

    /** 1 - Brier score of those claims; null with none. */
    @Column
    private Double calibration;

    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(long exerciseId, int keyVersion, long learnerId, int attemptNumber, String submissionToken,
            String answer, double hintPenalty, Instant startedAt, Instant submittedAt) {
        this.exerciseId = exerciseId;
        this.keyVersion = keyVersion;
        this.learnerId = learnerId;
        this.attemptNumber = attemptNumber;
        this.submissionToken = submissionToken;
        this.answer = answer;
        this.hintPenalty = hintPenalty;
        this.startedAt = startedAt;
        this.submittedAt = submittedAt;
        this.status = AttemptStatus.PENDING;
    }

    /** Records the grade: the score is the raw score less the hint penalty, never below 0. */
    void grade(double raw, String resultJson, Instant at, String by) {
        if (status == AttemptStatus.GRADED) {
            throw new IllegalStateException("attempt " + id + " is already graded");
        }
        this.rawScore = raw;
        this.score = Math.max(0.0, raw * (1.0 - hintPenalty));
        this.result = resultJson;
        this.gradedAt = at;
        this.gradedBy = by;
        this.status = AttemptStatus.GRADED;
    }

    /**
     * Replaces the grade with one against a newer key version; the hint penalty stays as it was
     * when the learner submitted.
     */
    void regrade(int newKeyVersion, double raw, String resultJson, Instant at, String by) {
        if (status != AttemptStatus.GRADED) {
            throw new IllegalStateException("attempt " + id + " is not graded: only graded attempts are regraded");
        }
        this.keyVersion = newKeyVersion;
        this.rawScore = raw;
        this.score = Math.max(0.0, raw * (1.0 - hintPenalty));
        this.result = resultJson;
        this.gradedAt = at;
        this.gradedBy = by;
        this.regradedAt = at;
    }

    /** Keeps the confidence given with the answer; set once, when the attempt is made. */
    void confidence(String confidenceJson) {
        this.confidence = confidenceJson;
    }

    /** The claims and calibration of the grade being recorded (by {@link #grade} or {@link #regrade}). */
    void calibrated(CalibratedScore scored) {
        this.calibrationClaims = scored.claimsJson();
        this.calibration = scored.calibrationScore();
    }

    String confidence() {
        return confidence;
    }

    String calibrationClaims() {
        return calibrationClaims;
    }

    Long id() {
        return id;
    }

    long exerciseId() {
        return exerciseId;
    }

    int keyVersion() {
        return keyVersion;
    }

    long learnerId() {
        return learnerId;
    }

    int attemptNumber() {
        return attemptNumber;
    }

    String answer() {
        return answer;
    }

    AttemptStatus status() {
        return status;
    }

    Double rawScore() {
        return rawScore;
    }

    double hintPenalty() {
        return hintPenalty;
    }

    Double score() {
        return score;
    }

    String result() {
        return result;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant gradedAt() {
        return gradedAt;
    }

    Instant regradedAt() {
        return regradedAt;
    }

    long lockVersion() {
        return version;
    }
}
