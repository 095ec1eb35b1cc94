package org.tnracademy.core.grading;

import java.util.List;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;

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
    private final int problemCount;

    public SubmissionRefusedException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public SubmissionRefusedException(Reason reason, String message, List<AnswerProblem> problems) {
        this(reason, message, problems, problems.size());
    }

    /** @param problemCount every problem found, when {@code problems} lists only the first of them */
    public SubmissionRefusedException(Reason reason, String message, List<AnswerProblem> problems, int problemCount) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.problemCount = Math.max(problemCount, this.problems.size());
    }

    /** An answer that cannot be graded: its first problems listed, all of them counted. */
    static SubmissionRefusedException invalidAnswer(InvalidAnswerException invalid) {
        return new SubmissionRefusedException(Reason.INVALID_ANSWER, invalid.getMessage(), invalid.problems(),
                invalid.count());
    }

    public Reason reason() {
        return reason;
    }

    /** The problems listed, the first ones found. */
    public List<AnswerProblem> problems() {
        return problems;
    }

    /** How many problems were found in all, listed or not. */
    public int problemCount() {
        return problemCount;
    }
}
