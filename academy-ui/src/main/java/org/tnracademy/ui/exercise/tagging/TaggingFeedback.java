package org.tnracademy.ui.exercise.tagging;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.tagging.TagOutcome;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.tagging.TechniqueFeedback;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.parts.OutcomeMark;
import org.tnracademy.ui.exercise.parts.ScoreSummary;
import org.tnracademy.ui.i18n.Formats;

/**
 * The grade of a tagging answer: the score and how it is made (matched, right tactic, wrong,
 * missed), then every technique of the answer, and of the key once it may be shown, grouped by
 * tactic with its outcome, credit and explanation. Until the learner's last attempt the
 * techniques missed are only counted: listing them would hand over the key.
 */
public class TaggingFeedback extends Composite<VerticalLayout> {

    /** @param revealKey true only once the learner has no attempt left */
    public TaggingFeedback(TaggingResult result, boolean revealKey) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setId("tagging-feedback");
        root.add(new ScoreSummary(result, getTranslation("tagging.breakdown", result.matchedCount(),
                result.sameTacticCount(), result.wrongCount(), result.missedCount())));

        List<TechniqueFeedback> shown = result.techniques().stream()
                .filter(t -> revealKey || t.outcome() != TagOutcome.MISSED).toList();
        root.add(new H4(getTranslation("tagging.per-technique")));
        TacticGroups.byTactic(shown, TechniqueFeedback::tacticId).forEach((tactic, techniques) -> {
            root.add(new H5(getTranslation(TacticGroups.frameworkKey(tactic), tactic)));
            UnorderedList list = new UnorderedList();
            list.setId("feedback-" + tactic);
            techniques.forEach(t -> list.add(item(t)));
            root.add(list);
        });
        if (!revealKey && result.missedCount() > 0) {
            Div missed = new Div(getTranslation("tagging.missed-hidden", result.missedCount()));
            missed.setId("missed-hidden");
            root.add(missed, KeyHiddenNote.create());
        }
    }

    private ListItem item(TechniqueFeedback technique) {
        OutcomeMark.Outcome mark = switch (technique.outcome()) {
            case MATCHED -> OutcomeMark.Outcome.RIGHT;
            case SAME_TACTIC -> OutcomeMark.Outcome.PARTLY;
            case MISSED, WRONG -> OutcomeMark.Outcome.WRONG;
        };
        String outcome = getTranslation("tagging.outcome." + technique.outcome().name());
        ListItem item = new ListItem(OutcomeMark.of(mark, outcome),
                new Span(" " + technique.techniqueId() + " · " + technique.name().in(getLocale()) + " — " + outcome
                        + " " + getTranslation("tagging.credit", Formats.decimal(technique.credit(), getLocale()))));
        item.setId("feedback-" + technique.techniqueId());
        if (technique.explanation() != null) {
            Div explanation = new Div(technique.explanation().in(getLocale()));
            explanation.addClassName("academy-explanation");
            item.add(explanation);
        }
        return item;
    }
}
