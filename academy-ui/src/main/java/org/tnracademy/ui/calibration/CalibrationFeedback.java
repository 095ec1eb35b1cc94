package org.tnracademy.ui.calibration;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.tnracademy.core.grading.AttemptCalibration;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.exercises.calibration.Calibration;
import org.tnracademy.ui.i18n.Formats;

/**
 * An attempt's calibration under its feedback: how sure the learner said they were, how much they
 * got right, the calibration and Brier score, what it means, and how it made the score when it counts.
 */
public final class CalibrationFeedback extends Div {

    private CalibrationFeedback(GradedAttempt graded, AttemptCalibration ac) {
        setId("calibration-feedback");
        Locale locale = getLocale();
        Calibration c = ac.calibration();
        add(new H4(getTranslation("calibration.feedback.title")));
        Paragraph line = new Paragraph(getTranslation("calibration.feedback.line",
                Formats.percent(c.score(), locale), Formats.decimal(c.brier(), locale), c.points().size(),
                Formats.percent(c.meanConfidence(), locale), Formats.percent(c.meanOutcome(), locale)));
        line.setId("calibration-line");
        add(line, new Paragraph(Readings.of(this, c.overClaim())));
        Paragraph breakdown = new Paragraph(ac.counted()
                ? getTranslation("calibration.feedback.counted", Formats.percent(graded.rawScore(), locale),
                        Formats.percent(1 - ac.weight(), locale), Formats.percent(ac.graderScore(), locale),
                        Formats.percent(ac.weight(), locale), Formats.percent(c.score(), locale))
                : getTranslation("calibration.feedback.shown"));
        breakdown.setId("calibration-breakdown");
        add(breakdown);
    }

    /** The attempt's calibration, or nothing when it has none (no confidence asked or given, or pending). */
    public static Optional<CalibrationFeedback> of(GradedAttempt graded) {
        return graded.calibration() == null ? Optional.empty()
                : Optional.of(new CalibrationFeedback(graded, graded.calibration()));
    }
}
