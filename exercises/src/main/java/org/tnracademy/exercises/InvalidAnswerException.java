package org.tnracademy.exercises;

import java.util.List;
import java.util.stream.Collectors;

/** An answer that cannot be graded, with every problem found in it. Nothing is scored. */
public class InvalidAnswerException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidAnswerException(List<AnswerProblem> problems) {
        super("The answer has " + problems.size() + " problem(s): "
                + problems.stream().map(AnswerProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
