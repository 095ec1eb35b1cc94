package org.tnracademy.ui.exercise.indicators;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.indicators.Indicator;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.LineFeedback;
import org.tnracademy.exercises.indicators.LineOutcome;
import org.tnracademy.exercises.indicators.LogLine;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/**
 * The grade of indicator matching: F1 (the score), precision, recall, hits, wrong indicators,
 * misses, false claims and decoys claimed, then feedback per line. Until no attempt is left only
 * the lines the learner claimed are listed (listing the others would point at the missed hits),
 * and a wrong claim shows neither the expected indicator nor the explanation.
 */
public class IndicatorsFeedback extends Composite<VerticalLayout> {

    private static final Set<LineOutcome> RIGHT = EnumSet.of(LineOutcome.HIT, LineOutcome.DECOY_AVOIDED,
            LineOutcome.CLEAR);
    private static final Set<LineOutcome> CLAIMED = EnumSet.of(LineOutcome.HIT, LineOutcome.WRONG_INDICATOR,
            LineOutcome.DECOY_CLAIMED, LineOutcome.FALSE_CLAIM);

    private final IndicatorsResult result;
    private final IndicatorsSpec spec;
    private final boolean revealKey;

    public IndicatorsFeedback(IndicatorsResult result, boolean revealKey) {
        this(result, null, revealKey);
    }

    /** With the spec, lines show their text and indicators their names. */
    public IndicatorsFeedback(IndicatorsResult result, IndicatorsSpec specOrNull, boolean revealKey) {
        this.result = result;
        this.spec = specOrNull;
        this.revealKey = revealKey;
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("indicators-feedback");
        Span score = FeedbackParts.score(result.score(), getLocale());
        layout.add(new H3(getTranslation("detection-feedback.result")), score, FeedbackParts.rule(this, result));
        HorizontalLayout metrics = new HorizontalLayout(
                FeedbackParts.metric(this, "detection-feedback.precision", result.precision(), "precision", getLocale()),
                FeedbackParts.metric(this, "detection-feedback.recall", result.recall(), "recall", getLocale()));
        metrics.setWrap(true);
        Span counts = new Span(getTranslation("indicators.counts", result.hits(), result.expectedHits(),
                result.wrongIndicator(), result.misses(), result.falseClaims(), result.decoysClaimed(),
                result.claims()));
        counts.setId("indicator-counts");
        layout.add(metrics, counts);
        layout.add(new H4(getTranslation("detection-feedback.per-line")));
        if (!revealKey) {
            Paragraph note = new Paragraph(getTranslation("indicators.claimed-lines-only"));
            note.setId("unclaimed-hidden");
            layout.add(note);
        }
        layout.add(lines());
        return layout;
    }


    private Grid<LineFeedback> lines() {
        List<LineFeedback> shown = result.lines().stream()
                .filter(f -> revealKey || CLAIMED.contains(f.outcome())).toList();
        Grid<LineFeedback> grid = new Grid<>();
        grid.setId("line-feedback");
        OutcomeMarkColumn.addTo(grid, f -> RIGHT.contains(f.outcome()));
        grid.addColumn(this::line).setHeader(getTranslation("indicators.line")).setFlexGrow(3);
        grid.addColumn(f -> getTranslation("indicators.outcome." + f.outcome().name()))
                .setHeader(getTranslation("detection-feedback.outcome")).setAutoWidth(true);
        grid.addColumn(f -> f.givenIndicator() == null ? "—" : name(f.givenIndicator()))
                .setHeader(getTranslation("indicators.your-indicator")).setFlexGrow(1);
        grid.addColumn(f -> shown(f) ? (f.expectedIndicator() == null ? getTranslation("indicators.none")
                : name(f.expectedIndicator())) : "—").setHeader(getTranslation("indicators.expected-indicator"))
                .setFlexGrow(1);
        grid.addColumn(f -> shown(f) ? (f.explanation() == null ? "" : f.explanation().in(getLocale()))
                : getTranslation("detection-feedback.hidden-until-last")).setHeader(getTranslation("feedback.explanation"))
                .setFlexGrow(3);
        // on a phone: the outcome and both indicators above the whole line, the explanation below it
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("indicators.line"),
                f -> ColumnPriority.details(getTranslation("indicators.outcome." + f.outcome().name()),
                        ColumnPriority.pair(this, getTranslation("indicators.your-indicator"),
                                f.givenIndicator() == null ? "—" : name(f.givenIndicator())),
                        ColumnPriority.pair(this, getTranslation("indicators.expected-indicator"), shown(f)
                                ? (f.expectedIndicator() == null ? getTranslation("indicators.none")
                                : name(f.expectedIndicator())) : "—")),
                this::line, "academy-monospace",
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

    private boolean shown(LineFeedback f) {
        return revealKey || RIGHT.contains(f.outcome());
    }

    private String line(LineFeedback f) {
        if (spec == null) {
            return f.lineId();
        }
        return spec.lines().stream().filter(l -> l.id().equals(f.lineId())).findFirst().map(LogLine::text)
                .orElse(f.lineId());
    }

    private String name(String indicatorId) {
        if (spec == null) {
            return indicatorId;
        }
        return spec.indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst().map(Indicator::name)
                .orElse(indicatorId);
    }
}
