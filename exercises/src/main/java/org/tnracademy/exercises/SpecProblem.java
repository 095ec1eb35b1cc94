package org.tnracademy.exercises;

/**
 * One thing wrong in an exercise's spec or key: the field, the reason in English (logs, the
 * command line) and the same problem as a code with arguments, which the interface words in the
 * reader's language.
 */
public record SpecProblem(String field, String reason, ProblemMessage message) {

    /**
     * A problem with only its English sentence, as tests expect it (problems are equal by field and
     * reason). Main code gives every problem a code: {@code ProblemCodesTest} fails on a call from it.
     */
    public SpecProblem(String field, String reason) {
        this(field, reason, ProblemMessage.unworded(reason));
    }

    public static SpecProblem of(String field, String reason, ProblemCode code, Object... args) {
        return new SpecProblem(field, reason, ProblemMessage.of(code, args));
    }

    /** The same problem whatever its words: the message says what the reason says, in the reader's language. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpecProblem p && java.util.Objects.equals(field, p.field) && java.util.Objects.equals(reason, p.reason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, reason);
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
