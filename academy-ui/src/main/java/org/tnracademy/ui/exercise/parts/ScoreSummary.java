package org.tnracademy.ui.exercise.parts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.ui.i18n.Formats;

/** The score of an attempt as a large percentage, with a line that says what it measures. */
public class ScoreSummary extends Composite<VerticalLayout> {

    /**
     * @param score    in [0, 1]
     * @param measures what the score is, in the learner's words, such as "2 of 3 questions right"
     */
    public ScoreSummary(double score, String measures) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        Span value = new Span(Formats.percent(score, getLocale()));
        value.addClassName("academy-score");
        value.setId("score");
        value.getElement().setAttribute("aria-label", getTranslation("ws-a.score", Formats.percent(score, getLocale())));
        Span line = new Span(measures);
        line.setId("score-measures");
        root.add(value, line);
    }
}
