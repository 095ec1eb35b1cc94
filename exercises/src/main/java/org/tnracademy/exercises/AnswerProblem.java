package org.tnracademy.exercises;

import java.io.Serializable;

/**
 * One thing wrong with a learner's answer.
 *
 * @param where  which part of the answer, such as "item post-007" or "question q2"
 * @param code   the kind of problem, for code and for translated messages
 * @param detail a sentence for people
 */
public record AnswerProblem(String where, Code code, String detail) implements Serializable {

    public enum Code {
        /** An item or question that the exercise does not have. */
        UNKNOWN_ITEM,
        /** A label that is not one of the exercise's labels. */
        UNKNOWN_LABEL,
        /** An option that is not one of the question's options. */
        UNKNOWN_OPTION,
        /** The same item or option given twice. */
        DUPLICATE_ITEM,
        /** A value that is null or blank where one is required. */
        MISSING_VALUE,
        /** A value outside what the question takes: too many options, too long a text. */
        OUT_OF_RANGE
    }

    @Override
    public String toString() {
        return where + ": " + detail;
    }
}
