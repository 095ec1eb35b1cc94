package org.tnracademy.core.review;

import java.util.List;

import org.tnracademy.exercises.AnswerProblem;

/** An instructor's grade that was not stored: it does not fit the rubric, or the attempt is not pending. */
public class GradeRefusedException extends RuntimeException {

    public enum Reason { NOT_PENDING, INVALID_GRADE }

    private final Reason reason;
    private final transient List<AnswerProblem> problems;

    public GradeRefusedException(Reason reason, String message, List<AnswerProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
