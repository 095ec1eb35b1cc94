package org.tnracademy.core.certificate;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/** An issued certificate as administrators list it. */
public record IssuedCertificate(String verificationId, String holder, String username, LocalizedText course,
                                int scorePercent, int passMark, Instant issuedAt, CertificateStatus status) {
}
