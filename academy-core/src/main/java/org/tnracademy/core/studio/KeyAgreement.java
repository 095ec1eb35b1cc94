package org.tnracademy.core.studio;

import java.time.Instant;

import org.tnracademy.exercises.agreement.RaterAgreement;

/**
 * How an instructor's calibration agrees with the answer key: the key is the first rater, the
 * calibration the second (so each disagreement reads item, key label, calibrator label).
 */
public record KeyAgreement(long exerciseId, int keyVersion, String calibrator, Instant savedAt,
                           RaterAgreement agreement) {
}
