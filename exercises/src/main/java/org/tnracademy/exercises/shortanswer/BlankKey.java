package org.tnracademy.exercises.shortanswer;

import java.util.List;
import java.util.regex.Pattern;

import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.LocalizedText;

/**
 * What is right for one blank: accepted answers, compared after {@link AnswerNormalization}, and
 * regular expressions that must match the whole normalised value (case-insensitively, since the
 * value is already case-folded). The explanation is shown with the accepted answers as feedback.
 */
public record BlankKey(String blankId, List<String> accepted, List<String> patterns, LocalizedText explanation) {

    /** Character reads allowed to one pattern on one answer: far above any sane pattern's need. */
    static final long PATTERN_BUDGET = 1_000_000;

    static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    public BlankKey {
        accepted = Copies.list(accepted);
        patterns = Copies.list(patterns);
    }

    /** Whether a typed value is right; a value that normalises to nothing never is. */
    public boolean accepts(String value) {
        String given = AnswerNormalization.normalize(value);
        if (given.isEmpty()) {
            return false;
        }
        if (accepted.stream().map(AnswerNormalization::normalize).anyMatch(given::equals)) {
            return true;
        }
        return patterns.stream().anyMatch(p -> fullMatch(p, given));
    }

    private static boolean fullMatch(String pattern, String given) {
        try {
            return Pattern.compile(pattern, PATTERN_FLAGS).matcher(new BoundedText(given, PATTERN_BUDGET)).matches();
        } catch (BoundedText.BudgetExceeded e) {
            return false;
        }
    }
}
