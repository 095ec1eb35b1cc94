package org.tnracademy.ui.exercise.estimate;

import java.text.NumberFormat;
import java.util.Locale;

import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.exercises.estimate.ErrorMode;

/** Coordinates, values and tolerances written the way the learner's language writes numbers. */
final class EstimateFormats {

    private EstimateFormats() {
    }

    /** Five decimals of a degree are about a metre: finer than any answer needs. */
    static String coordinate(double degrees, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(5);
        return f.format(degrees);
    }

    /** Every digit the number has, ungrouped: a draft put back reads as the very value that was kept. */
    static String exact(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(16);
        return f.format(value);
    }

    static String value(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        return f.format(value);
    }

    /** An error or tolerance with its unit: "2.5 km", "12 accounts", "10 %". */
    static String amount(double amount, EstimateQuestion question, Locale locale) {
        if (question.errorMode() == ErrorMode.RELATIVE) {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            f.setMaximumFractionDigits(1);
            return f.format(amount);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        String unit = question.unit() == null ? "" : question.unit();
        return unit.isEmpty() ? f.format(amount) : f.format(amount) + " " + unit;
    }
}
