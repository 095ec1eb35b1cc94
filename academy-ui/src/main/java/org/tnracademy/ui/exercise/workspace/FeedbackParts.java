package org.tnracademy.ui.exercise.workspace;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.tnracademy.ui.i18n.Formats;

/** Pieces every type's feedback shows the same way, so that learners and tests find them alike. */
public final class FeedbackParts {

    private FeedbackParts() {
    }

    /** The grader's score as a large percentage, id {@code score}. */
    public static Span score(double score, Locale locale) {
        Span span = new Span(Formats.percent(score, locale));
        span.addClassName("academy-score");
        span.setId("score");
        return span;
    }

    /** "Precision: 0.67" and the like, id {@code metric-<id>}. */
    public static Span metric(Component feedback, String labelKey, double value, String id, Locale locale) {
        Span span = new Span(feedback.getTranslation("wsb.metric", feedback.getTranslation(labelKey),
                Formats.decimal(value, locale)));
        span.setId("metric-" + id);
        return span;
    }
}
