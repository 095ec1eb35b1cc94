package org.tnracademy.exercises.shortanswer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed value and an accepted answer are made comparable, so that "  @Nadia_K " and
 * "@nadia_k" or a full-width "ｎａｄｉａ" and "nadia" are the same answer.
 */
public final class AnswerNormalization {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private AnswerNormalization() {
    }

    /**
     * NFKC (compatibility forms such as full-width letters and non-breaking spaces become plain
     * ones), then case folding (upper then lower case in Locale.ROOT, so that 'ß' and "SS" meet),
     * then every run of white space becomes one space, and the ends are trimmed. Null reads as "".
     */
    public static String normalize(String value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC);
        text = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The length of a value as people count it: in Unicode code points, not UTF-16 units. */
    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }
}
