package org.tnracademy.core.certificate;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/**
 * What the public verification page confirms about a certificate, and nothing else: no score, no
 * username, no other course.
 *
 * @param verificationId as printed (grouped)
 * @param completedOn    when the holder completed the course
 */
public record CertificateVerification(String verificationId, String holder, LocalizedText course,
                                      Instant completedOn, CertificateStatus status) {
}
