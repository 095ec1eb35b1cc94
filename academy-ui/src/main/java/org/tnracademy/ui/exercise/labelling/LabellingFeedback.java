package org.tnracademy.ui.exercise.labelling;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.dom.Element;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.exercises.labelling.ConfusionMatrix;
import org.tnracademy.exercises.labelling.ItemFeedback;
import org.tnracademy.exercises.labelling.LabelMetrics;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.ui.exercise.parts.ItemFeedbackList;
import org.tnracademy.ui.exercise.parts.KeyHiddenNote;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.i18n.Formats;

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

    /** A plain table: one row per label, so a handful of rows needs no grid and its columns' listeners. */
    private Div perLabel(List<LabelMetrics> metrics) {
        Element table = new Element("table");
        table.getClassList().add("academy-matrix");
        Element head = new Element("tr");
        for (String header : List.of(getTranslation("workspace.label"), getTranslation("feedback.support"),
                getTranslation("feedback.precision"), getTranslation("feedback.recall"), "F1")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        }
        table.appendChild(head);
        for (LabelMetrics m : metrics) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(title(m.label())));
            row.appendChild(new Element("td").setText(Formats.number(m.support(), getLocale(), 0)));
            for (double value : new double[] {m.precision(), m.recall(), m.f1()}) {
                row.appendChild(new Element("td").setText(Formats.decimal(value, getLocale())));
            }
            table.appendChild(row);
        }
        Div wrapper = new Div();
        wrapper.setId("per-label-metrics");
        // wider than a phone with long label names: it scrolls in a region of its own, reached with Tab
        wrapper.addClassName("academy-table-scroll");
        wrapper.getElement().setAttribute("role", "region").setAttribute("tabindex", "0")
                .setAttribute("aria-label", getTranslation("feedback.per-label"));
        wrapper.getElement().appendChild(table);
        return wrapper;
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

    private VirtualList<ItemFeedback> perItem(List<ItemFeedback> items) {
        return ItemFeedbackList.<ItemFeedback>of(this, ItemFeedback::correct, f -> item(f.itemId()))
                .fact(getTranslation("feedback.your-label"),
                        f -> f.givenLabel() == null ? getTranslation("workspace.unlabelled") : title(f.givenLabel()))
                .fact(getTranslation("feedback.expected-label"),
                        f -> f.correct() || revealKey ? title(f.expectedLabel()) : "—")
                .explanation(this::explanation)
                .list("item-feedback", getTranslation("feedback.per-item"), items);
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
