package org.tnracademy.exercises.calibration;

/**
 * One claim and what came of it.
 *
 * @param confidence the learner's confidence, in [0, 1]
 * @param outcome    what came true, in [0, 1]: the item's credit (1 or 0 for items marked right or
 *                   wrong), or the answer's score for a confidence per answer
 */
public record CalibrationPoint(double confidence, double outcome) {

    public CalibrationPoint {
        if (!(confidence >= 0 && confidence <= 1) || !(outcome >= 0 && outcome <= 1)) {
            throw new IllegalArgumentException("confidence and outcome must be in [0, 1], were " + confidence
                    + " and " + outcome);
        }
    }
}
