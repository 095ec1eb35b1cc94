package org.tnracademy.exercises;

import java.util.List;
import java.util.stream.Collectors;

/** An exercise spec or key that cannot be used, with every problem found in it. */
public class InvalidSpecException extends RuntimeException {

    private final transient List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super("The exercise spec has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
