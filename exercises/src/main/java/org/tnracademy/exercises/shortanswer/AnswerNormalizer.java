package org.tnracademy.exercises.shortanswer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which typed answers are compared, so that what a reader sees as the same value is the
 * same: Unicode compatibility forms folded (full-width letters, ligatures, non-breaking spaces),
 * case folded, surrounding white space removed.
 */
public final class AnswerNormalizer {

    private AnswerNormalizer() {
    }

    public static String normalize(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // lower, upper, lower folds more than lower case alone: "ß", "ẞ" and "SS" all meet as "ss";
        // Locale.ROOT so that a Turkish default locale does not turn "I" into a dotless "ı"
        String folded = compatible.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        // case mapping can leave combining marks that NFKC composes again
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
    }
}
