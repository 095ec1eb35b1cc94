package org.tnracademy.ui.exercise.choice;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.choice.ChoiceOption;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.ChoiceScoring;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.choice.OptionFeedback;
import org.tnracademy.exercises.choice.QuestionFeedback;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.parts.OutcomeMark;
import org.tnracademy.ui.exercise.parts.ScoreSummary;
import org.tnracademy.ui.i18n.Formats;

/**
 * The grade of a choice answer: the score, then per question its score, the learner's picks and,
 * for a question answered exactly right or once no attempt is left, the verdict and explanation
 * of every option picked or missed. A question not yet right shows no verdict per option: with
 * the verdicts a learner could read the key off the feedback and copy it into the next attempt.
 */
public class ChoiceFeedback extends Composite<VerticalLayout> {

    private final ChoiceSpec spec;
    private final boolean revealKey;

    /**
     * @param spec      the spec the answer was graded against, for prompts and option texts
     * @param revealKey true only once the learner has no attempt left
     */
    public ChoiceFeedback(ChoiceSpec spec, ChoiceResult result, boolean revealKey) {
        this.spec = spec;
        this.revealKey = revealKey;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("choice-feedback");
        root.add(new ScoreSummary(result,
                getTranslation("choice.fully-right", result.fullyCorrectCount(), result.questionCount())));
        int number = 1;
        for (QuestionFeedback question : result.questions()) {
            root.add(questionFeedback(question, number++));
        }
    }

    private Section questionFeedback(QuestionFeedback feedback, int number) {
        ChoiceQuestion question = spec.question(feedback.questionId());
        Section section = new Section();
        section.setId("feedback-" + feedback.questionId());
        section.add(new H4(getTranslation("choice.question-prompt", number,
                question == null ? feedback.questionId() : question.prompt().in(getLocale()))));

        OutcomeMark.Outcome outcome = feedback.fullyCorrect() ? OutcomeMark.Outcome.RIGHT
                : feedback.score() > 0 ? OutcomeMark.Outcome.PARTLY : OutcomeMark.Outcome.WRONG;
        Div scoreLine = new Div(OutcomeMark.of(outcome, getTranslation("answer-feedback.outcome." + outcome.name())),
                new Span(" " + getTranslation("choice.question-score", Formats.percent(feedback.score(), getLocale()),
                        getTranslation(feedback.scoring() == ChoiceScoring.ALL_OR_NOTHING
                                ? "choice.scoring.all-or-nothing" : "choice.scoring.right-minus-wrong"))));
        section.add(scoreLine);
        section.add(new Div(feedback.picked().isEmpty() ? getTranslation("choice.not-answered")
                : getTranslation("choice.your-picks", texts(question, feedback.picked()))));

        if (feedback.fullyCorrect() || revealKey) {
            section.add(new Div(getTranslation("choice.correct-options", texts(question, feedback.correct()))));
            UnorderedList options = new UnorderedList();
            options.addClassName("academy-feedback-list");
            feedback.options().forEach(o -> options.add(optionItem(question, o)));
            section.add(options);
        } else {
            section.add(KeyHiddenNote.create());
        }
        return section;
    }

    private ListItem optionItem(ChoiceQuestion question, OptionFeedback option) {
        OutcomeMark.Outcome outcome = switch (option.outcome()) {
            case RIGHT_PICK -> OutcomeMark.Outcome.RIGHT;
            case WRONG_PICK, MISSED -> OutcomeMark.Outcome.WRONG;
        };
        String verdict = getTranslation("choice.option." + option.outcome().name());
        ListItem item = new ListItem(OutcomeMark.of(outcome, verdict),
                new Span(" " + text(question, option.optionId()) + " — " + verdict));
        if (option.explanation() != null) {
            Div explanation = new Div(option.explanation().in(getLocale()));
            explanation.addClassName("academy-explanation");
            item.add(explanation);
        }
        return item;
    }

    private String texts(ChoiceQuestion question, List<String> optionIds) {
        return optionIds.stream().map(id -> text(question, id)).collect(Collectors.joining("; "));
    }

    private String text(ChoiceQuestion question, String optionId) {
        if (question == null) {
            return optionId;
        }
        return question.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .map(ChoiceOption::text).map(t -> t.in(getLocale())).orElse(optionId);
    }
}
