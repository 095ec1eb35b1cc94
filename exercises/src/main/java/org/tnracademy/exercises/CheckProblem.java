package org.tnracademy.exercises;

/** The problems the {@link Checks} shared by every type's spec and key find. */
public enum CheckProblem implements ProblemCode {
    /** A required value is blank or missing. */
    BLANK,
    /** {0} the id: not lower-case letters, digits and '-'. */
    ID_FORMAT,
    /** {0} the value: given twice. */
    DUPLICATE,
    /** {0} the value: starts or ends with spaces. */
    SPACES,
    /** A text for people has no English version. */
    ENGLISH_REQUIRED,
    /** A list that needs at least one entry has none. */
    NONE_GIVEN,
    /** {0} the values allowed. */
    ONE_OF,
    /** {0} the id named, which the spec (or the bundle, the log) does not define. */
    NOT_DEFINED,
    /** The key gives no answer at all. */
    KEY_EMPTY,
    /** {0} the fewest entries. */
    AT_LEAST,
    /** {0} the characters given, {1} the most. */
    TOO_LONG,
    /** {0} the id (a question, an option, a blank, an event, an item) the key gives no answer for. */
    NOT_KEYED,
    /** {0} the value, {1} the lowest, {2} the highest accepted. */
    BETWEEN,
    /** {0} the entries given, {1} the most. */
    AT_MOST;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.spec.", this);
    }
}
