package org.tnracademy.ui.exercise.parts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.i18n.Formats;

/** The score of an attempt as a large percentage, the rule that computed it, and a line that says what it measures. */
public class ScoreSummary extends Composite<VerticalLayout> {

    /**
     * @param score    in [0, 1]
     * @param measures what the score is, in the learner's words, such as "2 of 3 questions right"
     */
    public ScoreSummary(double score, String measures) {
        this(score, null, measures);
    }

    /** The score of a result with the rule it was computed by beside it, then what it measures. */
    public ScoreSummary(GradeResult result, String measures) {
        this(result.score(), result, measures);
    }

    private ScoreSummary(double score, GradeResult ruleOf, String measures) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        Span value = new Span(Formats.percent(score, getLocale()));
        value.addClassName("academy-score");
        value.setId("score");
        value.getElement().setAttribute("aria-label", getTranslation("answer-feedback.score", Formats.percent(score, getLocale())));
        Span line = new Span(measures);
        line.setId("score-measures");
        root.add(value);
        if (ruleOf != null) {
            root.add(FeedbackParts.rule(this, ruleOf));
        }
        root.add(line);
    }
}
