package org.tnracademy.ui.exercise.estimate;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it in their language: "1200", "1 200", "1,200" and "1.5" in
 * English; "1 200", "1.200,5" and "1,5" in French. Spaces (also no-break ones), apostrophes and
 * underscores group digits. With both a dot and a comma, the last one is the decimal mark. One
 * separator alone is a decimal mark, except the language's grouping mark followed by exactly three
 * digits ("1,200" in English is twelve hundred). The field says what it read, so no reading
 * passes unseen.
 */
final class NumberText {

    private static final Pattern SHAPE = Pattern.compile("[+-]?[\\d.,]+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:G\\d{3})*");

    private NumberText() {
    }

    static InputReading<Double> read(String text, Locale locale) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-')
                .replaceAll("[\\s\u00A0\u202F'’_]", "");
        if (t.isEmpty()) {
            return InputReading.blank();
        }
        if (!SHAPE.matcher(t).matches()) {
            return InputReading.problem("estimate.error.not-a-number");
        }
        String sign = t.startsWith("-") || t.startsWith("+") ? t.substring(0, 1) : "";
        String digits = t.substring(sign.length());
        String plain = plain(digits, DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
        if (plain == null) {
            return InputReading.problem("estimate.error.not-a-number");
        }
        double value = new BigDecimal(sign + plain).doubleValue();
        return Double.isFinite(value) ? InputReading.of(value) : InputReading.problem("estimate.error.not-a-number");
    }

    /** The digits with a dot for decimal mark and no grouping, or null when the separators make no sense. */
    private static String plain(String digits, char localeDecimal) {
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        if (digits.startsWith(".") || digits.startsWith(",") || digits.endsWith(".") || digits.endsWith(",")) {
            return null;
        }
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            int at = digits.lastIndexOf(decimal);
            if (digits.indexOf(decimal) != at) {
                return null;
            }
            return grouped(digits.substring(0, at), grouping) ? ungroup(digits.substring(0, at), grouping)
                    + "." + digits.substring(at + 1) : null;
        }
        if (lastDot < 0 && lastComma < 0) {
            return digits;
        }
        char separator = lastDot >= 0 ? '.' : ',';
        int count = (int) digits.chars().filter(c -> c == separator).count();
        if (count > 1) {
            return grouped(digits, separator) ? ungroup(digits, separator) : null;
        }
        int at = digits.indexOf(separator);
        boolean localeGrouping = separator != localeDecimal;
        if (localeGrouping && digits.length() - at - 1 == 3 && grouped(digits, separator)) {
            return ungroup(digits, separator);
        }
        return digits.substring(0, at) + "." + digits.substring(at + 1);
    }

    private static boolean grouped(String digits, char grouping) {
        return GROUPED.matcher(digits.replace(grouping, 'G')).matches();
    }

    private static String ungroup(String digits, char grouping) {
        return digits.replace(String.valueOf(grouping), "");
    }
}
