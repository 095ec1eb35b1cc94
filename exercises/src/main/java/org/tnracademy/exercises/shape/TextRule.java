package org.tnracademy.exercises.shape;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a single-line text must look like, as the types check it. The form tells authors early; the
 * type's own validation stays the authority.
 */
public enum TextRule {
    /** Any text. */
    ANY,
    /** An author's id: lower-case letters, digits and '-' (question, option, blank, criterion, label). */
    ID,
    /** A dataset item's id: any text without leading or trailing spaces. */
    ITEM_ID,
    /** A DISARM or ATT&CK technique id such as T0085 or T1430.001. */
    TECHNIQUE_ID,
    /** A DISARM or ATT&CK tactic id such as TA06 or TA0035. */
    TACTIC_ID,
    /** An ISO-8601 date and time with an offset or Z. */
    OFFSET_DATE_TIME,
    /** A Java regular expression. */
    REGEX;

    private static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern TECHNIQUE = Pattern.compile("T\\d{4}(\\.\\d{3})?");
    private static final Pattern TACTIC = Pattern.compile("TA\\d{2,4}");

    /** Whether a non-empty value follows the rule. */
    public boolean accepts(String value) {
        return switch (this) {
            case ANY -> true;
            case ID -> ID_PATTERN.matcher(value).matches();
            case ITEM_ID -> value.strip().equals(value);
            case TECHNIQUE_ID -> TECHNIQUE.matcher(value).matches();
            case TACTIC_ID -> TACTIC.matcher(value).matches();
            case OFFSET_DATE_TIME -> isOffsetDateTime(value);
            case REGEX -> isRegex(value);
        };
    }

    /** The i18n key of the message shown when a value breaks the rule. */
    public String messageKey() {
        return "shape.problem.rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static boolean isOffsetDateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isRegex(String value) {
        try {
            Pattern.compile(value);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
