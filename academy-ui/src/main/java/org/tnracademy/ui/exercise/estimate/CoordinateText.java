package org.tnracademy.ui.exercise.estimate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a coordinate in decimal degrees as analysts type or paste it: "43.25", "-5.4", "43,25"
 * (a decimal comma), "43.25 N", "W 5.4", "43.25°"; or a pair pasted into either field:
 * "43.25, 5.40", "43.25,5.40", "43,25; 5,40", "43.25 5.40", "43.25 N 5.40 E" (a pair given
 * longitude first with E/W and N/S letters is put right). A lone "43,25" is one number with a
 * decimal comma, never a pair: a pair needs a space after its comma, a semicolon, or dots for
 * decimals. Degrees, minutes and seconds are refused with a hint to convert them.
 */
final class CoordinateText {

    enum Axis {
        LATITUDE(90, "NS"), LONGITUDE(180, "EW");

        final double limit;
        final String hemispheres;

        Axis(double limit, String hemispheres) {
            this.limit = limit;
            this.hemispheres = hemispheres;
        }
    }

    /** A place read from one text. */
    record Pair(double latitude, double longitude) {
    }

    private static final String NUMBER_ANY = "[+-]?\\d+(?:[.,]\\d+)?";
    private static final String NUMBER_DOT = "[+-]?\\d+(?:\\.\\d+)?";
    private static final Pattern ONE = Pattern.compile(
            "(?:([NSEW])\\s*(" + NUMBER_ANY + ")|(" + NUMBER_ANY + ")(?:\\s*([NSEW]))?)");
    private static final Pattern PAIR_BY_COMMA = Pattern.compile(
            "(" + part(NUMBER_DOT) + ")\\s*,\\s*(" + part(NUMBER_DOT) + ")");
    private static final Pattern PAIR_BY_SPACE_OR_SEMICOLON = Pattern.compile(
            "(" + part(NUMBER_ANY) + ")\\s*(?:;|\\s)\\s*(" + part(NUMBER_ANY) + ")");
    private static final Pattern MINUTES_OR_SECONDS = Pattern.compile("['′\"″]|DEG|\\d\\s*°\\s*\\d");

    private CoordinateText() {
    }

    private static String part(String number) {
        return "(?:[NSEW]\\s*" + number + "|" + number + "(?:\\s*[NSEW])?)";
    }

    /** One coordinate on its axis, in range. */
    static InputReading<Double> one(String text, Axis axis) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return InputReading.blank();
        }
        if (MINUTES_OR_SECONDS.matcher(t).find()) {
            return InputReading.problem("estimate.error.dms");
        }
        return readOne(t.replace("°", "").strip(), axis);
    }

    /** A pair "lat, lon", or null when the text is not one (it may still be a single coordinate). */
    static InputReading<Pair> pair(String text) {
        String t = normalize(text);
        if (t.isEmpty() || MINUTES_OR_SECONDS.matcher(t).find()) {
            return null;
        }
        t = t.replace("°", "").strip();
        if (ONE.matcher(t).matches()) {
            return null;
        }
        Matcher m = PAIR_BY_COMMA.matcher(t);
        if (!m.matches()) {
            m = PAIR_BY_SPACE_OR_SEMICOLON.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        String first = m.group(1).strip();
        String second = m.group(2).strip();
        // "5.40 E, 43.25 N": the letters say which is which
        if (letter(first, "EW") && letter(second, "NS")) {
            String swap = first;
            first = second;
            second = swap;
        }
        InputReading<Double> latitude = readOne(first, Axis.LATITUDE);
        if (latitude.hasProblem()) {
            return InputReading.problem(latitude.problemKey(), latitude.problemParams().toArray());
        }
        InputReading<Double> longitude = readOne(second, Axis.LONGITUDE);
        if (longitude.hasProblem()) {
            return InputReading.problem(longitude.problemKey(), longitude.problemParams().toArray());
        }
        return InputReading.of(new Pair(latitude.value(), longitude.value()));
    }

    private static boolean letter(String part, String letters) {
        return part.chars().anyMatch(c -> letters.indexOf(c) >= 0);
    }

    private static InputReading<Double> readOne(String t, Axis axis) {
        Matcher m = ONE.matcher(t);
        if (!m.matches()) {
            return InputReading.problem("estimate.error.not-a-coordinate");
        }
        String letter = m.group(1) != null ? m.group(1) : m.group(4);
        String number = m.group(1) != null ? m.group(2) : m.group(3);
        double value = Double.parseDouble(number.replace(',', '.'));
        if (letter != null) {
            if (axis.hemispheres.indexOf(letter.charAt(0)) < 0) {
                return InputReading.problem(axis == Axis.LATITUDE ? "estimate.error.latitude-letter"
                        : "estimate.error.longitude-letter", letter);
            }
            if (number.startsWith("-") || number.startsWith("+")) {
                return InputReading.problem("estimate.error.sign-and-letter");
            }
            if (letter.equals("S") || letter.equals("W")) {
                value = -value;
            }
        }
        if (!Double.isFinite(value) || Math.abs(value) > axis.limit) {
            return InputReading.problem(axis == Axis.LATITUDE ? "estimate.error.latitude-range"
                    : "estimate.error.longitude-range");
        }
        return InputReading.of(value);
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().replace('\u2212', '-').replace('\u00A0', ' ')
                .replace('\u202F', ' ').toUpperCase(Locale.ROOT);
    }
}
