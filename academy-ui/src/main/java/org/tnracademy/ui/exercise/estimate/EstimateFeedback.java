package org.tnracademy.ui.exercise.estimate;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.estimate.Estimate;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.estimate.GeoPoint;
import org.tnracademy.exercises.estimate.NumberValue;
import org.tnracademy.exercises.estimate.QuestionFeedback;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.parts.OutcomeMark;
import org.tnracademy.ui.exercise.parts.ScoreSummary;
import org.tnracademy.ui.i18n.Formats;

/**
 * The grade of an estimate answer: the score, then per question the credit, the answer given, the
 * error against the tolerance and zero-credit error, and the true answer with its explanation,
 * which for an answer outside the tolerance waits until the learner's last attempt.
 */
public class EstimateFeedback extends Composite<VerticalLayout> {

    /**
     * @param spec      the spec the answer was graded against, for prompts, units and tolerances
     * @param revealKey true only once the learner has no attempt left
     */
    public EstimateFeedback(EstimateSpec spec, EstimateResult result, boolean revealKey) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("estimate-feedback");
        long within = result.questions().stream().filter(QuestionFeedback::withinTolerance).count();
        root.add(new ScoreSummary(result,
                getTranslation("ws-a.estimate.within-count", within, result.questionCount(), result.answered())));
        Map<String, EstimateQuestion> questions = spec.questionsById();
        int number = 1;
        for (QuestionFeedback feedback : result.questions()) {
            root.add(questionFeedback(questions.get(feedback.questionId()), feedback, number++, revealKey));
        }
    }

    private Section questionFeedback(EstimateQuestion question, QuestionFeedback feedback, int number,
                                     boolean revealKey) {
        Locale locale = getLocale();
        Section section = new Section();
        section.setId("feedback-" + feedback.questionId());
        section.add(new H4(getTranslation("ws-a.estimate.question-prompt", number,
                question == null ? feedback.questionId() : question.prompt().in(locale))));
        OutcomeMark.Outcome outcome = feedback.withinTolerance() ? OutcomeMark.Outcome.RIGHT
                : feedback.credit() > 0 ? OutcomeMark.Outcome.PARTLY : OutcomeMark.Outcome.WRONG;
        section.add(new Div(OutcomeMark.of(outcome, getTranslation("ws-a.outcome." + outcome.name())),
                new Span(" " + getTranslation("ws-a.estimate.credit", Formats.percent(feedback.credit(), locale)))));
        if (feedback.given() == null) {
            section.add(new Div(getTranslation("ws-a.estimate.not-answered")));
        } else {
            section.add(new Div(getTranslation("ws-a.estimate.your-answer", estimate(feedback.given(), question))));
            if (question != null && feedback.error() != null) {
                Div error = new Div(getTranslation("ws-a.estimate.error",
                        EstimateFormats.amount(feedback.error(), question, locale),
                        EstimateFormats.amount(question.tolerance(), question, locale),
                        EstimateFormats.amount(question.zeroCredit(), question, locale)));
                error.setId("error-" + feedback.questionId());
                section.add(error);
            }
        }
        if (feedback.withinTolerance() || revealKey) {
            section.add(new Div(getTranslation("ws-a.estimate.true-answer", estimate(feedback.expected(), question))));
            if (feedback.explanation() != null) {
                Div explanation = new Div(feedback.explanation().in(locale));
                explanation.addClassName("academy-explanation");
                section.add(explanation);
            }
        } else {
            section.add(KeyHiddenNote.create());
        }
        return section;
    }

    private String estimate(Estimate estimate, EstimateQuestion question) {
        return switch (estimate) {
            case GeoPoint p -> getTranslation("ws-a.estimate.place", EstimateFormats.coordinate(p.latitude(), getLocale()),
                    EstimateFormats.coordinate(p.longitude(), getLocale()));
            case NumberValue n -> {
                String unit = question == null || question.unit() == null ? "" : question.unit();
                String value = EstimateFormats.value(n.value(), getLocale());
                yield unit.isBlank() ? value : value + " " + unit;
            }
        };
    }
}
