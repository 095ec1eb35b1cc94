package org.tnracademy.exercises;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a problem says, as a code and its arguments: the interface puts it into the reader's
 * language through the bundles. Arguments are data (a value read, a label's id, a count), never
 * sentences. A problem's English sentence for logs and the command line is kept beside it.
 *
 * @param code the kind of problem, whose key names the words
 * @param args the values the words quote, in order
 */
public record ProblemMessage(ProblemCode code, List<Object> args) {

    public ProblemMessage {
        Objects.requireNonNull(code, "code");
        // arguments may be null (a value a file left out): kept as the text "null" so the list can be copied
        args = List.copyOf(args.stream().map(a -> a == null ? "null" : a).toList());
    }

    public static ProblemMessage of(ProblemCode code, Object... args) {
        return new ProblemMessage(code, Arrays.asList(args));
    }

    /**
     * A problem with only its English sentence, the only argument, rendered as it is: for the
     * expected problems of tests (compared by their English reason) and problems stored before
     * codes. Main code never makes one: {@code ProblemCodesTest} fails if it does.
     */
    public static ProblemMessage unworded(String english) {
        return of(Unworded.SENTENCE, english);
    }

    /** The one code of a problem that has only an English sentence. */
    public enum Unworded implements ProblemCode {
        SENTENCE;

        @Override
        public String key() {
            return "problem.unworded";
        }
    }
}
