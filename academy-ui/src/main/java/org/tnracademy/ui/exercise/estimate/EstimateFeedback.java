package org.tnracademy.ui.exercise.estimate;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.exercises.estimate.Estimate;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.estimate.GeoPoint;
import org.tnracademy.exercises.estimate.NumberValue;
import org.tnracademy.exercises.estimate.QuestionFeedback;
import org.tnracademy.exercises.estimate.QuestionKind;
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

    private final EstimateSpec spec;
    private final ImageLinks pictures;

    /**
     * @param spec      the spec the answer was graded against, for prompts, units and tolerances
     * @param revealKey true only once the learner has no attempt left
     */
    public EstimateFeedback(EstimateSpec spec, EstimateResult result, boolean revealKey) {
        this(spec, result, revealKey, ImageLinks.NONE);
    }

    /**
     * As {@link #EstimateFeedback(EstimateSpec, EstimateResult, boolean)}, with each place on the
     * exercise's map: the learner's pin, and the true place with the distance only where the true
     * answer is shown.
     *
     * @param pictures where the course's pictures (the basemap) are served
     */
    public EstimateFeedback(EstimateSpec spec, EstimateResult result, boolean revealKey, ImageLinks pictures) {
        this.spec = spec;
        this.pictures = pictures;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("estimate-feedback");
        long within = result.questions().stream().filter(QuestionFeedback::withinTolerance).count();
        root.add(new ScoreSummary(result,
                getTranslation("estimate.within-count", within, result.questionCount(), result.answered())));
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
        section.add(new H4(getTranslation("estimate.question-prompt", number,
                question == null ? feedback.questionId() : question.prompt().in(locale))));
        OutcomeMark.Outcome outcome = feedback.withinTolerance() ? OutcomeMark.Outcome.RIGHT
                : feedback.credit() > 0 ? OutcomeMark.Outcome.PARTLY : OutcomeMark.Outcome.WRONG;
        section.add(new Div(OutcomeMark.of(outcome, getTranslation("answer-feedback.outcome." + outcome.name())),
                new Span(" " + getTranslation("estimate.credit", Formats.percent(feedback.credit(), locale)))));
        if (feedback.given() == null) {
            section.add(new Div(getTranslation("estimate.not-answered")));
        } else {
            section.add(new Div(getTranslation("estimate.your-answer", estimate(feedback.given(), question))));
            if (question != null && feedback.error() != null) {
                Div error = new Div(getTranslation("estimate.error",
                        EstimateFormats.amount(feedback.error(), question, locale),
                        EstimateFormats.amount(question.tolerance(), question, locale),
                        EstimateFormats.amount(question.zeroCredit(), question, locale)));
                error.setId("error-" + feedback.questionId());
                section.add(error);
            }
        }
        boolean showKey = feedback.withinTolerance() || revealKey;
        if (feedback.kind() == QuestionKind.LOCATION) {
            placesOnMap(feedback, question, showKey).ifPresent(section::add);
        }
        if (showKey) {
            section.add(new Div(getTranslation("estimate.true-answer", estimate(feedback.expected(), question))));
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

    /** The learner's pin and, only when the true answer may be shown, the true place and the distance. */
    private java.util.Optional<GeoMap> placesOnMap(QuestionFeedback feedback, EstimateQuestion question,
                                                   boolean showKey) {
        GeoPoint given = feedback.given() instanceof GeoPoint g ? g : null;
        GeoPoint expected = showKey && feedback.expected() instanceof GeoPoint e ? e : null;
        if (given == null && expected == null) {
            return java.util.Optional.empty();
        }
        String distance = given != null && expected != null && question != null && feedback.error() != null
                ? getTranslation("geo.map.distance", EstimateFormats.amount(feedback.error(), question, getLocale()))
                : null;
        return GeoMaps.create(this, getLocale(), "feedback-map-" + feedback.questionId(), spec.map(), pictures,
                "geo.feedback.map-label", distance).map(map -> {
                    map.setReadOnly(true);
                    map.setMapHeight("20rem");
                    if (given != null) {
                        map.setPin(given.latitude(), given.longitude());
                    }
                    if (expected != null) {
                        map.setExpected(expected.latitude(), expected.longitude());
                    }
                    return map;
                });
    }

    private String estimate(Estimate estimate, EstimateQuestion question) {
        return switch (estimate) {
            case GeoPoint p -> getTranslation("estimate.place", EstimateFormats.coordinate(p.latitude(), getLocale()),
                    EstimateFormats.coordinate(p.longitude(), getLocale()));
            case NumberValue n -> {
                String unit = question == null || question.unit() == null ? "" : question.unit();
                String value = EstimateFormats.value(n.value(), getLocale());
                yield unit.isBlank() ? value : value + " " + unit;
            }
        };
    }
}
