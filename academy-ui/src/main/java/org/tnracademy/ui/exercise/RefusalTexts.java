package org.tnracademy.ui.exercise;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.grading.SubmissionRefusedException;

/** What a learner reads when the core refuses a submission, for each reason. */
final class RefusalTexts {

    private RefusalTexts() {
    }

    static String of(Component view, SubmissionRefusedException refused) {
        return switch (refused.reason()) {
            case EMPTY_ANSWER -> view.getTranslation("exercise.error.nothing-answered");
            case NO_ATTEMPTS_LEFT -> view.getTranslation("exercise.error.no-attempts");
            case INVALID_ANSWER -> view.getTranslation("upload-limits.answer-invalid", refused.problemCount());
            case CONCURRENT_SUBMISSION -> view.getTranslation("exercise.error.concurrent");
            case UNKNOWN_EXERCISE -> view.getTranslation("error.not-found.message");
            case NOT_STARTED -> view.getTranslation("attempt-timing.error.not-started");
            case TIME_UP -> view.getTranslation("attempt-timing.error.time-up");
            case NOT_CURRENT -> view.getTranslation("withheld.exercise.not-current");
        };
    }
}
