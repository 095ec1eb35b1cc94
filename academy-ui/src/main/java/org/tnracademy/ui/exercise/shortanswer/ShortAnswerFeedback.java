package org.tnracademy.ui.exercise.shortanswer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.shortanswer.Blank;
import org.tnracademy.exercises.shortanswer.BlankFeedback;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.parts.OutcomeMark;
import org.tnracademy.ui.exercise.parts.ScoreSummary;

/**
 * The grade of a short answer: the score, then per blank the value as typed, right or wrong, and
 * the accepted answers with the author's explanation, which for a wrong blank wait until the
 * learner's last attempt.
 */
public class ShortAnswerFeedback extends Composite<VerticalLayout> {

    /**
     * @param spec      the spec the answer was graded against, for the prompts
     * @param revealKey true only once the learner has no attempt left
     */
    public ShortAnswerFeedback(ShortAnswerSpec spec, ShortAnswerResult result, boolean revealKey) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("short-answer-feedback");
        root.add(new ScoreSummary(result,
                getTranslation("short-answer.right-count", result.correctCount(), result.blankCount())));
        for (BlankFeedback blank : result.blanks()) {
            root.add(blankFeedback(spec.blank(blank.blankId()), blank, revealKey));
        }
    }

    private Section blankFeedback(Blank blank, BlankFeedback feedback, boolean revealKey) {
        Section section = new Section();
        section.setId("feedback-" + feedback.blankId());
        section.add(new H4(blank == null ? feedback.blankId() : blank.prompt().in(getLocale())));
        OutcomeMark.Outcome outcome = feedback.correct() ? OutcomeMark.Outcome.RIGHT : OutcomeMark.Outcome.WRONG;
        String given = feedback.given().isBlank() ? getTranslation("short-answer.not-answered")
                : getTranslation("short-answer.your-value", feedback.given());
        section.add(new Div(OutcomeMark.of(outcome, getTranslation("answer-feedback.outcome." + outcome.name())),
                new Span(" " + given)));
        if (feedback.correct() || revealKey) {
            if (!feedback.acceptedAnswers().isEmpty()) {
                section.add(new Div(getTranslation("short-answer.accepted", String.join("; ", feedback.acceptedAnswers()))));
            }
            if (feedback.explanation() != null) {
                Div explanation = new Div(feedback.explanation().in(getLocale()));
                explanation.addClassName("academy-explanation");
                section.add(explanation);
            }
        } else {
            section.add(KeyHiddenNote.create());
        }
        return section;
    }
}
