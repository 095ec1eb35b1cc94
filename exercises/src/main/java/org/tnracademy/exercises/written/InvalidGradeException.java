package org.tnracademy.exercises.written;

import java.util.List;
import java.util.stream.Collectors;

import org.tnracademy.exercises.AnswerProblem;

/**
 * An instructor's grade that does not fit the rubric, with every problem found in it. Its own
 * type, so that a caller never blames a learner for an instructor's slip; the problems keep the
 * shape of {@link AnswerProblem} (where, code, detail) so one form can show either.
 */
public class InvalidGradeException extends RuntimeException {

    private final transient List<AnswerProblem> problems;

    public InvalidGradeException(List<AnswerProblem> problems) {
        super("The grade has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(AnswerProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
