package org.tnracademy.exercises;

import java.util.List;
import java.util.stream.Collectors;

/** An exercise spec or key that cannot be used, with every problem found in it. */
public class InvalidSpecException extends RuntimeException {

    private final List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Shorthand for a spec with one problem. */
    public static InvalidSpecException of(String field, String reason) {
        return new InvalidSpecException(List.of(new SpecProblem(field, reason)));
    }

    public List<SpecProblem> problems() {
        return problems;
    }

    private static String message(List<SpecProblem> problems) {
        return "The exercise spec has " + problems.size() + " problem(s): "
                + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; "));
    }
}
