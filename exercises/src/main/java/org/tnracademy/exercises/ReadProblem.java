package org.tnracademy.exercises;

/**
 * The problems a {@link TreeReader} finds in a YAML or JSON tree, whatever the type reading it.
 * Arguments of {@link #WRONG_TYPE}: the kind expected and the kind found (the words of a
 * {@link Kind}, chosen in the bundle with an ICU {@code select}), then the value found.
 */
public enum ReadProblem implements ProblemCode {
    /** A required field is missing. */
    REQUIRED,
    /** A list entry or a language's text is empty. */
    EMPTY,
    /** {0} kind expected, {1} kind found, {2} the value found (as text). */
    WRONG_TYPE,
    /** {0} the kind found, {1} the value: a field name that is not text. */
    NAME_NOT_TEXT,
    /** A language that is not text. */
    LANGUAGE_NOT_TEXT,
    /** {0} the number: beyond what a whole number field holds. */
    OUT_OF_RANGE,
    /** {0} the number: NaN or infinite. */
    NOT_FINITE,
    /** {0} the text: not an ISO-8601 date-time with offset. */
    NOT_A_DATE_TIME,
    /** {0} the value, {1} the values allowed. */
    NOT_ALLOWED,
    /** {0} the fields this place accepts. */
    UNKNOWN_FIELD;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.read.", this);
    }

    /** What a value is, as the {@code select} keyword of the bundle's words. */
    public enum Kind {
        TEXT, WHOLE, NUMBER, FLAG, MAP, LIST, DATE_TIME, LOCALIZED, OTHER;

        /** ICU selector keywords are identifiers: no '-' ("datetime", not "date-time"). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }
}
