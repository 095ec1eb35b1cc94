package org.tnracademy.core.grading;

import java.util.List;

import org.tnracademy.exercises.AnswerProblem;

/**
 * A submission that was not recorded, with the reason a view can put into words. Nothing the
 * learner saved before is touched.
 */
public class SubmissionRefusedException extends RuntimeException {

    /**
     * Why: NOT_STARTED when a timed exercise's attempt was not opened with {@code start}, TIME_UP
     * when it came after the deadline and its grace, NOT_CURRENT when the exercise version was
     * superseded by a newer one or retired: only the current version takes attempts and hints.
     */
    public enum Reason {
        UNKNOWN_EXERCISE, EMPTY_ANSWER, INVALID_ANSWER, NO_ATTEMPTS_LEFT, CONCURRENT_SUBMISSION, NOT_STARTED, TIME_UP,
        NOT_CURRENT
    }

    private final Reason reason;
    private final transient List<AnswerProblem> problems;

    public SubmissionRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public SubmissionRefusedException(Reason reason, String message, List<AnswerProblem> problems) {
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
