package org.tnracademy.ui.exercise;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.GradeHistoryEntry;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.calibration.CalibrationFeedback;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/**
 * The feedback on a learner's latest attempt, under the workspace: its score line, the grades a
 * regrade replaced, and the type's own feedback.
 */
final class AttemptFeedbackArea extends VerticalLayout {

    private final ExerciseSheet sheet;
    private final DatasetService datasets;
    private final RegradeService regrades;

    AttemptFeedbackArea(ExerciseSheet sheet, DatasetService datasets, RegradeService regrades) {
        this.sheet = sheet;
        this.datasets = datasets;
        this.regrades = regrades;
        setPadding(false);
        setId("feedback");
    }

    void show(GradedAttempt graded) {
        removeAll();
        H3 title = new H3(getTranslation("feedback.title", graded.attemptNumber()));
        Span status = new Span(status(graded));
        status.setId("attempt-status");
        // the type's feedback shows the grader's score; this line is there when the attempt's differs
        status.setVisible(graded.pending() || graded.hintPenalty() > 0
                || graded.calibration() != null && graded.calibration().counted());
        // the core withholds the key's side of the result while an attempt is left (GradedAttempt.keyWithheld)
        boolean revealKey = !graded.pending() && !graded.keyWithheld();
        add(title, status);
        CalibrationFeedback.of(graded).ifPresent(this::add);
        if (graded.regradedAt() != null) {
            Span regraded = new Span(getTranslation("exercise.regraded-on", Formats.inZone(graded.regradedAt(), getLocale(), UserTimeZone.current())));
            regraded.setId("regraded-note");
            add(regraded, earlierGrades(graded));
        }
        add(ExerciseFeedbacks.create(sheet, graded, revealKey, ExerciseFeedbacks.itemOrder(sheet, datasets)));
    }

    /** The attempt's score (with the hints' cost) or that it waits for its grade. */
    String status(GradedAttempt graded) {
        if (graded.pending()) {
            return getTranslation("exercise.status.pending");
        }
        String score = Formats.percent(graded.score(), getLocale());
        if (graded.hintPenalty() > 0) {
            return getTranslation("exercise.status.score-with-hints", score,
                    Formats.percent(graded.rawScore(), getLocale()), Formats.percent(graded.hintPenalty(), getLocale()));
        }
        return getTranslation("exercise.status.score", score);
    }

    /** The grades a regrade replaced, so a learner can see what changed and when, oldest first. */
    private Details earlierGrades(GradedAttempt graded) {
        UnorderedList list = new UnorderedList();
        list.setId("grade-history");
        for (GradeHistoryEntry e : regrades.history(graded.attemptId())) {
            list.add(new ListItem(getTranslation("exercise.history.entry", Formats.inZone(e.replacedAt(), getLocale(), UserTimeZone.current()),
                    e.oldKeyVersion(), Formats.percent(e.oldScore(), getLocale()), e.newKeyVersion(),
                    Formats.percent(e.newScore(), getLocale()))));
        }
        Details details = new Details(getTranslation("exercise.history.title"), list);
        details.setId("grade-history-details");
        return details;
    }
}
