package org.tnracademy.ui.exercise.workspace;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.tnracademy.exercises.GradeResult;
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

    /**
     * The rule the score was computed by, in plain words, id {@code scoring-rule}: named by the
     * result as it was stored, so an old grade keeps the rule it was given.
     *
     * @param arguments the rule's parameters, such as the minimum overlap of spans
     */
    public static Span rule(Component feedback, GradeResult result, Object... arguments) {
        Span span = new Span(feedback.getTranslation("scoring.rule." + result.scoringRule().id(), arguments));
        span.addClassName("academy-scoring-rule");
        span.setId("scoring-rule");
        return span;
    }

    /** "Precision: 0.67" and the like, id {@code metric-<id>}. */
    public static Span metric(Component feedback, String labelKey, double value, String id, Locale locale) {
        Span span = new Span(feedback.getTranslation("detection-feedback.metric", feedback.getTranslation(labelKey),
                Formats.decimal(value, locale)));
        span.setId("metric-" + id);
        return span;
    }
}
