package org.tnracademy.ui.cohort;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.ui.exercise.ExerciseParts;
import org.tnracademy.ui.i18n.Formats;

/** One learner's attempts on one exercise, newest first, each with the feedback they saw. */
class LearnerAttemptsDialog extends Dialog {

    LearnerAttemptsDialog(String learner, ExerciseSheet sheet, List<GradedAttempt> attempts, DatasetService datasets) {
        setId("learner-attempts");
        setHeaderTitle(getTranslation("cohorts.attempts-title", learner, sheet.title().in(getLocale())));
        setWidth("60rem");
        if (attempts.isEmpty()) {
            add(new Paragraph(getTranslation("cohorts.no-attempts")));
        }
        boolean first = true;
        for (GradedAttempt a : attempts) {
            String score = a.score() == null ? getTranslation("cohorts.status.AWAITING_REVIEW")
                    : Formats.percent(a.score(), getLocale());
            Details details = new Details(getTranslation("cohorts.attempt-summary", a.attemptNumber(), score,
                    Formats.utcShort(a.submittedAt(), getLocale()),
                    minutes(Duration.between(a.startedAt(), a.submittedAt()))),
                    ExerciseParts.feedback(sheet, a.pending() ? null : a.result(),
                            !a.pending() && a.attemptsLeft() == 0, datasets));
            details.setOpened(first);
            details.setWidthFull();
            add(details);
            first = false;
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    static long minutes(Duration d) {
        return d.isNegative() ? 0 : Math.round(d.toSeconds() / 60.0);
    }
}
