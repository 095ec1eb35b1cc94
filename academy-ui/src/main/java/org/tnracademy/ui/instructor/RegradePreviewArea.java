package org.tnracademy.ui.instructor;

import java.text.NumberFormat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.regrade.RegradeLine;
import org.tnracademy.core.regrade.RegradePreview;
import org.tnracademy.core.regrade.StandingChange;
import org.tnracademy.ui.i18n.Formats;

/**
 * The regrade dry run of a new answer key, as the instructor reads it before applying the key:
 * how many attempts go up, down or stay, each attempt's old and new score, and each standing.
 */
class RegradePreviewArea extends VerticalLayout {

    /** Shows the dry run: its counts and summary bar, each attempt's change and each standing's. */
    void show(RegradePreview p) {
        Paragraph counts = new Paragraph(getTranslation("answer-key.counts", p.lines().size(), p.changed(), p.up(),
                p.down(), p.unchanged()));
        counts.setId("key-counts");
        add(new H3(getTranslation("answer-key.preview-title", p.currentKeyVersion() + 1)), counts,
                summaryBar(p));

        Grid<RegradeLine> lines = new Grid<>();
        lines.setId("key-preview-lines");
        lines.addColumn(RegradeLine::learnerName).setHeader(getTranslation("answer-key.learner")).setFlexGrow(2)
                .setSortable(true);
        lines.addColumn(RegradeLine::attemptNumber).setHeader(getTranslation("answer-key.attempt")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("answer-key.score-with-version", Formats.percent(l.oldScore(), getLocale()),
                        l.oldKeyVersion()))
                .setHeader(getTranslation("answer-key.old-score")).setAutoWidth(true);
        lines.addColumn(l -> Formats.percent(l.newScore(), getLocale())).setHeader(getTranslation("answer-key.new-score"))
                .setAutoWidth(true);
        lines.addColumn(l -> change(l.change())).setHeader(getTranslation("answer-key.change")).setAutoWidth(true)
                .setComparator(RegradeLine::change);
        lines.setItems(p.lines());
        lines.setHeight("20rem");

        Grid<StandingChange> standings = new Grid<>();
        standings.setId("key-preview-standings");
        standings.addColumn(StandingChange::learnerName).setHeader(getTranslation("answer-key.learner")).setFlexGrow(2);
        standings.addColumn(s -> Formats.percent(s.before(), getLocale()))
                .setHeader(getTranslation("answer-key.standing-before")).setAutoWidth(true);
        standings.addColumn(s -> Formats.percent(s.after(), getLocale()))
                .setHeader(getTranslation("answer-key.standing-after")).setAutoWidth(true);
        standings.addColumn(s -> change(s.after() - s.before())).setHeader(getTranslation("answer-key.change"))
                .setAutoWidth(true);
        standings.setItems(p.standings());
        standings.setHeight("14rem");
        add(lines, new H3(getTranslation("answer-key.standings", getTranslation("answer-key.scoring."
                + p.scoring().id()))), standings);
    }

    /** Up, down and unchanged as three proportional blocks of one bar: the summary without a chart. */
    private Div summaryBar(RegradePreview p) {
        Div bar = new Div();
        bar.setId("key-summary-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", getTranslation("answer-key.counts", p.lines().size(), p.changed(),
                p.up(), p.down(), p.unchanged()));
        bar.getStyle().set("display", "flex").set("width", "40rem").set("max-width", "100%").set("height", "1.5rem")
                .set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("overflow", "hidden");
        int total = Math.max(1, p.lines().size());
        bar.add(segment("up", p.up(), total, "var(--lumo-success-color)", "answer-key.bar-up"),
                segment("down", p.down(), total, "var(--lumo-error-color)", "answer-key.bar-down"),
                segment("same", p.unchanged(), total, "var(--lumo-contrast-20pct)", "answer-key.bar-same"));
        return bar;
    }

    private Span segment(String id, int count, int total, String color, String label) {
        Span s = new Span(count == 0 ? "" : String.valueOf(count));
        s.setId("key-bar-" + id);
        s.getElement().setAttribute("title", getTranslation(label, count));
        s.getStyle().set("flex", "0 0 " + (100.0 * count / total) + "%").set("background", color)
                .set("text-align", "center").set("font-size", "var(--lumo-font-size-s)");
        return s;
    }

    private String change(double delta) {
        NumberFormat f = NumberFormat.getPercentInstance(getLocale());
        f.setMaximumFractionDigits(0);
        if (f instanceof java.text.DecimalFormat d) {
            d.setPositivePrefix("+");
        }
        return Math.abs(delta) < 1e-12 ? "=" : f.format(delta);
    }
}
