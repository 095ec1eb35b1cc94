package org.tnracademy.ui.exercise.labelling;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.exercises.labelling.ConfusionMatrix;
import org.tnracademy.exercises.labelling.ItemFeedback;
import org.tnracademy.exercises.labelling.LabelMetrics;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/** The grade of one attempt: score, per-label metrics, confusion matrix and per-item explanations. */
public class LabellingFeedback extends VerticalLayout {

    private final List<LabelOption> labels;
    /** The key of wrong items is shown only once no attempt is left, so later attempts stay a test. */
    private final boolean revealKey;

    /** The dataset's item keys in its order: an item is named by its place ("Post 12"), as the workspace numbers it. */
    private final List<String> itemOrder;

    public LabellingFeedback(List<LabelOption> labels, LabellingResult result, boolean revealKey) {
        this(labels, result, revealKey, List.of());
    }

    public LabellingFeedback(List<LabelOption> labels, LabellingResult result, boolean revealKey,
                             List<String> itemOrder) {
        this.labels = List.copyOf(labels);
        this.itemOrder = List.copyOf(itemOrder);
        this.revealKey = revealKey;
        setPadding(false);
        Span score = FeedbackParts.score(result.score(), getLocale());
        add(score, FeedbackParts.rule(this, result),
                new Span(getTranslation("feedback.correct", result.correctCount(), result.itemCount())));

        if (result.confusion() == null) {
            // withheld by the core while an attempt is left: its cells would name right labels
            add(KeyHiddenNote.withheld("withheld.feedback.labelling-breakdown-withheld"));
        } else {
            add(new H4(getTranslation("feedback.per-label")), perLabel(result.perLabel()));
            add(new H4(getTranslation("feedback.confusion")), confusion(result.confusion()));
        }
        add(new H4(getTranslation("feedback.per-item")), perItem(result.items()));
    }

    private Grid<LabelMetrics> perLabel(List<LabelMetrics> metrics) {
        Grid<LabelMetrics> grid = new Grid<>();
        grid.setId("per-label-metrics");
        grid.addColumn(m -> title(m.label())).setHeader(getTranslation("workspace.label")).setAutoWidth(true);
        grid.addColumn(LabelMetrics::support).setHeader(getTranslation("feedback.support"));
        grid.addColumn(m -> Formats.decimal(m.precision(), getLocale())).setHeader(getTranslation("feedback.precision"));
        grid.addColumn(m -> Formats.decimal(m.recall(), getLocale())).setHeader(getTranslation("feedback.recall"));
        grid.addColumn(m -> Formats.decimal(m.f1(), getLocale())).setHeader("F1");
        grid.setItems(metrics);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div confusion(ConfusionMatrix matrix) {
        Element table = new Element("table");
        table.getClassList().add("academy-matrix");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("feedback.expected-given")));
        matrix.labels().forEach(l -> head.appendChild(new Element("th").setText(title(l))));
        head.appendChild(new Element("th").setText(getTranslation("workspace.unlabelled")));
        table.appendChild(head);
        for (int r = 0; r < matrix.labels().size(); r++) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setText(title(matrix.labels().get(r))));
            List<Integer> counts = matrix.counts().get(r);
            for (int c = 0; c < counts.size(); c++) {
                Element cell = new Element("td").setText(String.valueOf(counts.get(c)));
                if (c == r) {
                    cell.getClassList().add("diagonal");
                }
                row.appendChild(cell);
            }
            table.appendChild(row);
        }
        Div wrapper = new Div();
        wrapper.setId("confusion-matrix");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private Grid<ItemFeedback> perItem(List<ItemFeedback> items) {
        Grid<ItemFeedback> grid = new Grid<>();
        grid.setId("item-feedback");
        OutcomeMarkColumn.addTo(grid, ItemFeedback::correct);
        grid.addColumn(f -> item(f.itemId())).setHeader(getTranslation("feedback.item")).setAutoWidth(true);
        grid.addColumn(f -> f.givenLabel() == null ? getTranslation("workspace.unlabelled") : title(f.givenLabel()))
                .setHeader(getTranslation("feedback.your-label")).setAutoWidth(true);
        grid.addColumn(f -> f.correct() || revealKey ? title(f.expectedLabel()) : "—")
                .setHeader(getTranslation("feedback.expected-label")).setAutoWidth(true);
        grid.addColumn(this::explanation).setHeader(getTranslation("feedback.explanation")).setFlexGrow(4);
        // on a phone: the item and both labels above the explanation
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("feedback.explanation"),
                f -> ColumnPriority.details(item(f.itemId()),
                        ColumnPriority.pair(this, getTranslation("feedback.your-label"),
                                f.givenLabel() == null ? getTranslation("workspace.unlabelled") : title(f.givenLabel())),
                        ColumnPriority.pair(this, getTranslation("feedback.expected-label"),
                                f.correct() || revealKey ? title(f.expectedLabel()) : "—")),
                this::explanation);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(items);
        grid.setHeight("28rem");
        return grid;
    }

    private String explanation(ItemFeedback f) {
        if (!f.correct() && !revealKey) {
            return getTranslation("feedback.hidden-until-last");
        }
        return f.explanation() == null ? "" : f.explanation().in(getLocale());
    }

    private String title(String labelId) {
        return labels.stream().filter(l -> Objects.equals(l.id(), labelId)).findFirst()
                .map(l -> l.title().in(getLocale())).orElse(labelId);
    }

    /** An item by its place in the dataset; its key only when the order is not known. */
    private String item(String itemId) {
        int at = itemOrder.indexOf(itemId);
        return at < 0 ? itemId : getTranslation("feedback.post-number", at + 1);
    }
}
