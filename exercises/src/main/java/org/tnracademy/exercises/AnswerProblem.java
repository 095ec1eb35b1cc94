package org.tnracademy.exercises;

/**
 * One thing wrong with a learner's answer.
 *
 * @param where  which part of the answer, such as "item post-007"
 * @param code   the kind of problem
 * @param detail  the problem in English, for logs
 * @param message the problem as a code with arguments, worded in the learner's language by the interface
 */
public record AnswerProblem(String where, Code code, String detail, ProblemMessage message) {

    /** A problem worded by its kind alone (the interface's words for the code, no arguments). */
    public AnswerProblem(String where, Code code, String detail) {
        this(where, code, detail, ProblemMessage.of(code));
    }

    /** A problem with words of its own, such as {@link AnswerWords#NOT_A_LABEL} naming the label. */
    public AnswerProblem(String where, Code code, String detail, ProblemCode words, Object... args) {
        this(where, code, detail, ProblemMessage.of(words, args));
    }

    public enum Code implements ProblemCode {
        UNKNOWN_ITEM, UNKNOWN_LABEL, DUPLICATE_ITEM, MISSING_VALUE, OUT_OF_RANGE, WRONG_TYPE, UNKNOWN_FIELD,
        /** Beyond a bound of {@link AnswerLimits}: too many entries, too long a text, too deep. */
        TOO_LARGE;

        @Override
        public String key() {
            return ProblemCode.keyOf("problem.answer.", this);
        }
    }

    @Override
    public String toString() {
        return where + ": " + detail;
    }
}
