package org.tnracademy.core.grading;

import org.tnracademy.exercises.calibration.Calibration;

/**
 * What an attempt's confidence came to (docs/calibration.md): the grader's score, the calibration
 * of the learner's claims, and the weight it had in the attempt's score.
 *
 * @param weight      share of the score the calibration made; 0 when it was shown only
 * @param graderScore the type's score of the answer, before calibration and hint penalties
 */
public record AttemptCalibration(double weight, double graderScore, Calibration calibration) {

    /** Whether the calibration is part of the attempt's score. */
    public boolean counted() {
        return weight > 0;
    }
}
