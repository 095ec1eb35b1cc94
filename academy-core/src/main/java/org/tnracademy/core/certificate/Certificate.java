package org.tnracademy.core.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A certificate issued to a learner for a course, with the facts it was issued on. One per learner
 * and course: downloading it again prints the same certificate with the same verification id.
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    Long id;

    /** Canonical form of {@link VerificationId}: 20 base32 letters and digits, no separators. */
    @Column(name = "verification_id", nullable = false, unique = true)
    String verificationId;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Column(name = "course_id", nullable = false)
    long courseId;

    /** The course score at issue, in [0, 1]. */
    @Column(nullable = false)
    double score;

    /** The course's pass mark in percent at issue. */
    @Column(name = "pass_mark", nullable = false)
    int passMark;

    @Column(name = "completed_at", nullable = false)
    Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "revoked_by")
    String revokedBy;

    protected Certificate() {
    }

    Certificate(String verificationId, long accountId, long courseId, double score, int passMark, Instant completedAt,
                Instant issuedAt) {
        this.verificationId = verificationId;
        this.accountId = accountId;
        this.courseId = courseId;
        this.score = score;
        this.passMark = passMark;
        this.completedAt = completedAt;
        this.issuedAt = issuedAt;
    }

    CertificateStatus status() {
        return revokedAt == null ? CertificateStatus.VALID : CertificateStatus.REVOKED;
    }
}
