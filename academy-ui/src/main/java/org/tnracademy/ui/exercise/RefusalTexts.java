package org.tnracademy.ui.exercise;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.ui.i18n.ProblemTexts;

/** What a learner reads when the core refuses a submission, for each reason. */
final class RefusalTexts {

    private RefusalTexts() {
    }

    /** How many problems a refusal lists: enough to see what to fix, short enough for a notification. */
    private static final int LISTED = 5;

    static String of(Component view, SubmissionRefusedException refused) {
        return switch (refused.reason()) {
            case EMPTY_ANSWER -> view.getTranslation("exercise.error.nothing-answered");
            case NO_ATTEMPTS_LEFT -> view.getTranslation("exercise.error.no-attempts");
            case INVALID_ANSWER -> invalidAnswer(view, refused);
            case CONCURRENT_SUBMISSION -> view.getTranslation("exercise.error.concurrent");
            case UNKNOWN_EXERCISE -> view.getTranslation("error.not-found.message");
            case NOT_STARTED -> view.getTranslation("attempt-timing.error.not-started");
            case TIME_UP -> view.getTranslation("attempt-timing.error.time-up");
            case NOT_CURRENT -> view.getTranslation("withheld.exercise.not-current");
        };
    }

    /** The count, then the first problems in the learner's language. */
    static String invalidAnswer(Component view, SubmissionRefusedException refused) {
        String count = view.getTranslation("upload-limits.answer-invalid", refused.problemCount());
        String listed = ProblemTexts.lines(view, refused.problems().stream().map(AnswerProblem::message).toList(),
                LISTED);
        return listed.isEmpty() ? count : count + "\n" + listed;
    }
}
