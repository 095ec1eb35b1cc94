package org.tnracademy.core.certificate;

import java.time.Instant;

import org.tnracademy.exercises.LocalizedText;

/**
 * What an Open Badge says about an issued certificate: the facts it was issued on.
 *
 * @param certificateId  the stored certificate's key, which the badge is kept under
 * @param verificationId as printed (grouped)
 * @param username       the holder's account name (the badge carries it only hashed)
 * @param passMark       the course's pass mark in percent at issue
 */
public record CertifiedCompletion(long certificateId, String verificationId, String holder, String username,
                                  String courseSlug, LocalizedText course, LocalizedText summary, int passMark,
                                  Instant completedAt, Instant issuedAt, CertificateStatus status) {
}
