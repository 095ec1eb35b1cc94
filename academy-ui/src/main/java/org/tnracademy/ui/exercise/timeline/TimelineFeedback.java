package org.tnracademy.ui.exercise.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.timeline.EventFeedback;
import org.tnracademy.exercises.timeline.TimelineEvent;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/**
 * The grade of an order: the Kendall-tau score, concordant and discordant pairs, and each event.
 * Once no attempt is left the events come in the right order, with their instants (UTC), the places
 * they may take and the explanations. Until then they come in the learner's order (the right order
 * would give the answer away), and an event out of place shows neither its place nor its time nor
 * its explanation.
 */
public class TimelineFeedback extends Composite<VerticalLayout> {

    private final TimelineResult result;
    private final TimelineSpec spec;
    private final boolean revealKey;

    public TimelineFeedback(TimelineResult result, boolean revealKey) {
        this(result, null, revealKey);
    }

    /** With the spec, events show their text and their time as the platform showed it. */
    public TimelineFeedback(TimelineResult result, TimelineSpec specOrNull, boolean revealKey) {
        this.result = result;
        this.spec = specOrNull;
        this.revealKey = revealKey;
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("timeline-feedback");
        Span score = FeedbackParts.score(result.score(), getLocale());
        layout.add(new H3(getTranslation("detection-feedback.result")), score,
                FeedbackParts.rule(this, result));
        Span pairs = new Span(getTranslation("timeline.pairs", result.concordantPairs(),
                result.discordantPairs(), result.comparablePairs()));
        pairs.setId("timeline-pairs");
        Span placed = new Span(getTranslation("timeline.placed", result.placedEvents(), result.eventCount()));
        placed.setId("timeline-placed");
        layout.add(pairs, placed);
        layout.add(new H4(getTranslation(revealKey ? "timeline.right-order" : "timeline.your-order")));
        if (!revealKey) {
            layout.add(new Paragraph(getTranslation("timeline.order-hidden")));
        }
        layout.add(events());
        return layout;
    }

    private Grid<EventFeedback> events() {
        // the grader lists events in the right order; before the reveal they are shown as the learner placed them
        List<EventFeedback> shown = revealKey ? result.events()
                : result.events().stream().sorted(Comparator.comparing(EventFeedback::givenPosition,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventFeedback::eventId)).toList();
        Grid<EventFeedback> grid = new Grid<>();
        grid.setId("event-feedback");
        OutcomeMarkColumn.addTo(grid, f -> f.inPlace());
        grid.addColumn(f -> f.givenPosition() == null ? getTranslation("timeline.unplaced")
                : String.valueOf(f.givenPosition())).setHeader(getTranslation("timeline.your-position"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(f -> shown(f) ? rightPlace(f) : "—").setHeader(getTranslation("timeline.right-position"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(org.tnracademy.ui.layout.PostText.renderer(this::event)).setHeader(getTranslation("timeline.event")).setFlexGrow(2);
        grid.addColumn(f -> shown(f) ? Formats.utc(Instant.parse(f.at()), getLocale()) : "—")
                .setHeader(getTranslation("timeline.instant")).setAutoWidth(true);
        // withheld (zero) before the last attempt: an event's count would point to where it belongs
        grid.addColumn(f -> revealKey ? String.valueOf(f.discordantPairs()) : "—")
                .setHeader(getTranslation("timeline.misordered")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(f -> shown(f) ? (f.explanation() == null ? "" : f.explanation().in(getLocale()))
                : getTranslation("detection-feedback.hidden-until-last")).setHeader(getTranslation("feedback.explanation"))
                .setFlexGrow(3);
        // on a phone: both places, the instant and the count above the event, the explanation below it
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("timeline.event"),
                f -> ColumnPriority.details(
                        ColumnPriority.pair(this, getTranslation("timeline.your-position"),
                                f.givenPosition() == null ? getTranslation("timeline.unplaced")
                                        : String.valueOf(f.givenPosition())),
                        ColumnPriority.pair(this, getTranslation("timeline.right-position"),
                                shown(f) ? rightPlace(f) : "—"),
                        shown(f) ? Formats.utc(Instant.parse(f.at()), getLocale()) : "",
                        revealKey ? ColumnPriority.pair(this, getTranslation("timeline.misordered"),
                                String.valueOf(f.discordantPairs())) : ""),
                this::event, "",
                f -> shown(f) ? (f.explanation() == null ? "" : f.explanation().in(getLocale()))
                        : getTranslation("detection-feedback.hidden-until-last"));
        grid.addThemeName("wrap-cell-content");
        grid.setItems(shown);
        if (shown.size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("28rem");
        }
        return grid;
    }

    private boolean shown(EventFeedback f) {
        return revealKey || f.inPlace();
    }

    private String rightPlace(EventFeedback f) {
        return f.expectedFirst() == f.expectedLast() ? String.valueOf(f.expectedFirst())
                : getTranslation("timeline.tied-places", f.expectedFirst(), f.expectedLast());
    }

    /**
     * The event's own text; without the spec, the place the learner gave it (its id means nothing to
     * a learner, and its right place would give the order away).
     */
    private String event(EventFeedback f) {
        String text = spec == null ? null : spec.events().stream().filter(e -> e.id().equals(f.eventId()))
                .findFirst().map(TimelineEvent::text).orElse(null);
        if (text != null) {
            return text;
        }
        return f.givenPosition() == null ? getTranslation("timeline.unplaced")
                : getTranslation("timeline.event-at", f.givenPosition());
    }
}
