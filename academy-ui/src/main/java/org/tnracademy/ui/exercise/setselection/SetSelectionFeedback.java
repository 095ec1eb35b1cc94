package org.tnracademy.ui.exercise.setselection;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.setselection.ItemOutcome;
import org.tnracademy.exercises.setselection.SelectionFeedback;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/**
 * The grade of a chosen set: the score by the exercise's metric, precision, recall, F1 and Jaccard,
 * and the items matched, wrongly claimed and (once no attempt is left) missed, with the author's
 * explanations. Until then the missed items are only counted, and the explanation of a wrongly
 * claimed item is withheld: it is never put in a component, so it never reaches the browser.
 */
public class SetSelectionFeedback extends Composite<VerticalLayout> {

    private final SetSelectionResult result;
    private final boolean revealKey;
    private final List<String> itemOrder;

    public SetSelectionFeedback(SetSelectionResult result, boolean revealKey) {
        this(result, revealKey, List.of());
    }

    /** @param itemOrder the dataset's item keys in order: an item that is a post is named by its place */
    public SetSelectionFeedback(SetSelectionResult result, boolean revealKey, List<String> itemOrder) {
        this.result = result;
        this.revealKey = revealKey;
        this.itemOrder = List.copyOf(itemOrder);
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("set-selection-feedback");
        Span score = FeedbackParts.score(result.score(), getLocale());
        layout.add(new H3(getTranslation("detection-feedback.result")), score,
                FeedbackParts.rule(this, result));

        HorizontalLayout metrics = new HorizontalLayout(
                FeedbackParts.metric(this, "detection-feedback.precision", result.precision(), "precision", getLocale()),
                FeedbackParts.metric(this, "detection-feedback.recall", result.recall(), "recall", getLocale()),
                FeedbackParts.metric(this, "detection-feedback.f1", result.f1(), "f1", getLocale()),
                FeedbackParts.metric(this, "detection-feedback.jaccard", result.jaccard(), "jaccard", getLocale()));
        metrics.setWrap(true);
        layout.add(metrics);
        // the core leaves the missed items out of a withheld result: not even their number is listed
        Span counts = new Span(revealKey ? getTranslation("set-selection.counts", result.matched().size(),
                result.wronglyClaimed().size(), result.missed().size())
                : getTranslation("withheld.set-selection.counts-withheld", result.matched().size(),
                result.wronglyClaimed().size()));
        counts.setId("selection-counts");
        layout.add(counts);

        layout.add(new H4(getTranslation("detection-feedback.per-item")));
        if (!revealKey && result.recall() < 1.0) {
            Paragraph hidden = new Paragraph(getTranslation("withheld.set-selection.missed-withheld"));
            hidden.setId("missed-hidden");
            layout.add(hidden);
        }
        layout.add(items());
        return layout;
    }


    private Grid<SelectionFeedback> items() {
        List<SelectionFeedback> shown = result.items().stream()
                .filter(f -> revealKey || f.outcome() != ItemOutcome.MISSED).toList();
        Grid<SelectionFeedback> grid = new Grid<>();
        grid.setId("selection-feedback");
        OutcomeMarkColumn.addTo(grid, f -> f.outcome() == ItemOutcome.MATCHED);
        grid.addColumn(f -> item(f.itemId())).setHeader(getTranslation("set-selection.item")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation("set-selection.outcome." + f.outcome().name()))
                .setHeader(getTranslation("detection-feedback.outcome")).setAutoWidth(true);
        grid.addColumn(this::explanation).setHeader(getTranslation("feedback.explanation")).setFlexGrow(4);
        // on a phone: the item and its outcome above the explanation
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("feedback.explanation"),
                f -> ColumnPriority.details(item(f.itemId()), getTranslation("set-selection.outcome." + f.outcome().name())),
                this::explanation);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(shown);
        grid.setHeight(shown.size() > 12 ? "28rem" : null);
        grid.setAllRowsVisible(shown.size() <= 12);
        return grid;
    }

    /** A post of the dataset by its place, as the workspace numbers it; anything else (a handle) as written. */
    private String item(String itemId) {
        int at = itemOrder.indexOf(itemId);
        return at < 0 ? itemId : getTranslation("feedback.post-number", at + 1);
    }

    private String explanation(SelectionFeedback f) {
        if (f.outcome() != ItemOutcome.MATCHED && !revealKey) {
            return getTranslation("detection-feedback.hidden-until-last");
        }
        return f.explanation() == null ? "" : f.explanation().in(getLocale());
    }
}
