package org.tnracademy.core.grading;

import org.tnracademy.core.catalog.GradingMaterial;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.calibration.Calibration;

/** A stored attempt as the services hand it out, with its result read back by its type. */
final class GradedAttempts {

    private GradedAttempts() {
    }

    static GradedAttempt of(Attempt a, GradingMaterial material, boolean repeated) {
        return of(a, material, TypedTrees.readResult(material.type(), a.result()), repeated);
    }

    static GradedAttempt of(Attempt a, GradingMaterial material, GradeResult result, boolean repeated) {
        return new GradedAttempt(a.id(), a.exerciseId(), material.version(), a.keyVersion(), a.attemptNumber(),
                material.maxAttempts(), a.status(), a.score(), a.rawScore(), a.hintPenalty(), result, a.startedAt(),
                a.submittedAt(), repeated, a.regradedAt(), false, calibration(a, material, result));
    }

    private static AttemptCalibration calibration(Attempt a, GradingMaterial material, GradeResult result) {
        Calibration c = Calibration.of(CalibratedScore.claims(a.calibrationClaims()));
        if (c == null || result == null) {
            return null;
        }
        return new AttemptCalibration(material.policy().confidence().weight(), result.score(), c);
    }
}
