package org.tnracademy.exercises;

/**
 * One thing wrong with a learner's answer.
 *
 * @param where  which part of the answer, such as "item post-007"
 * @param code   the kind of problem
 * @param detail a sentence for people
 */
public record AnswerProblem(String where, Code code, String detail) {

    public enum Code { UNKNOWN_ITEM, UNKNOWN_LABEL, DUPLICATE_ITEM, MISSING_VALUE, OUT_OF_RANGE, WRONG_TYPE, UNKNOWN_FIELD,
        /** Beyond a bound of {@link AnswerLimits}: too many entries, too long a text, too deep. */
        TOO_LARGE }

    @Override
    public String toString() {
        return where + ": " + detail;
    }
}
