package org.tnracademy.exercises.estimate;

import org.tnracademy.exercises.LocalizedText;

/**
 * One question and how it is scored: full credit up to {@code tolerance}, none from
 * {@code zeroCredit}, {@code decay} in between. For a location the error is the distance in km (and
 * {@code unit} is "km", {@code errorMode} ABSOLUTE); for a number it is in {@code unit}, or a fraction
 * of the true value when {@code errorMode} is RELATIVE. {@code unit} may be empty.
 */
public record EstimateQuestion(String id, QuestionKind kind, LocalizedText prompt, String unit, ErrorMode errorMode,
                               double tolerance, double zeroCredit, Decay decay, Picture picture) {

    /** A question without a picture. */
    public EstimateQuestion(String id, QuestionKind kind, LocalizedText prompt, String unit, ErrorMode errorMode,
                            double tolerance, double zeroCredit, Decay decay) {
        this(id, kind, prompt, unit, errorMode, tolerance, zeroCredit, decay, null);
    }

    /** The same question showing this picture (null: none). */
    public EstimateQuestion withPicture(Picture newPicture) {
        return new EstimateQuestion(id, kind, prompt, unit, errorMode, tolerance, zeroCredit, decay, newPicture);
    }

    /** A location question: distances in km. */
    public static EstimateQuestion location(String id, LocalizedText prompt, double toleranceKm, double zeroCreditKm,
                                            Decay decay) {
        return new EstimateQuestion(id, QuestionKind.LOCATION, prompt, "km", ErrorMode.ABSOLUTE, toleranceKm,
                zeroCreditKm, decay);
    }

    /** A number question. */
    public static EstimateQuestion number(String id, LocalizedText prompt, String unit, ErrorMode errorMode,
                                          double tolerance, double zeroCredit, Decay decay) {
        return new EstimateQuestion(id, QuestionKind.NUMBER, prompt, unit, errorMode, tolerance, zeroCredit, decay);
    }
}
