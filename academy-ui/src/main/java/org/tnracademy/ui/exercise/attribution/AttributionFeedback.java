package org.tnracademy.ui.exercise.attribution;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.attribution.AccountOutcome;
import org.tnracademy.exercises.attribution.AccountPair;
import org.tnracademy.exercises.attribution.AttributionResult;
import org.tnracademy.exercises.attribution.Handles;
import org.tnracademy.exercises.attribution.OperatorNote;
import org.tnracademy.ui.exercise.workspace.FeedbackParts;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.OutcomeMarkColumn;

/**
 * The grade of a grouping: the B-cubed F1 score, B-cubed precision and recall and the adjusted Rand
 * index; the pairs of accounts wrongly joined and (once no attempt is left) wrongly split, by
 * handle, the first few and how many more; each account marked right or wrong with the accounts
 * the learner put with it and, once revealed, those it belongs with; and the key's explanation of
 * each operator missed. Before the last attempt the core has already left out what the key says
 * of wrong accounts: it never reaches a component.
 */
public class AttributionFeedback extends Composite<VerticalLayout> {

    private final AttributionResult result;
    private final boolean revealKey;

    public AttributionFeedback(AttributionResult result, boolean revealKey) {
        this.result = result;
        this.revealKey = revealKey;
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("attribution-feedback");
        layout.add(new H3(getTranslation("detection-feedback.result")),
                FeedbackParts.score(result.score(), getLocale()), FeedbackParts.rule(this, result));
        HorizontalLayout metrics = new HorizontalLayout(
                FeedbackParts.metric(this, "attribution.bcubed-precision", result.precision(), "precision", getLocale()),
                FeedbackParts.metric(this, "attribution.bcubed-recall", result.recall(), "recall", getLocale()),
                FeedbackParts.metric(this, "attribution.adjusted-rand", result.adjustedRand(), "adjusted-rand",
                        getLocale()));
        metrics.setWrap(true);
        layout.add(metrics);
        long right = result.accounts().stream().filter(AccountOutcome::exact).count();
        Span placed = new Span(getTranslation("attribution.placed-right", right, result.accounts().size()));
        placed.setId("attribution-placed-right");
        layout.add(placed);

        layout.add(new H4(getTranslation("attribution.wrongly-joined")));
        layout.add(pairs("attribution-wrongly-joined", result.wronglyJoined(), result.wronglyJoinedCount(),
                "attribution.none-joined"));
        layout.add(new H4(getTranslation("attribution.wrongly-split")));
        if (revealKey) {
            layout.add(pairs("attribution-wrongly-split", result.wronglySplit(), result.wronglySplitCount(),
                    "attribution.none-split"));
        } else {
            Paragraph hidden = new Paragraph(result.wronglySplitCount() == 0 ? getTranslation("attribution.none-split")
                    : getTranslation("attribution.split-withheld", result.wronglySplitCount()));
            hidden.setId("attribution-wrongly-split");
            layout.add(hidden);
        }

        layout.add(new H4(getTranslation("detection-feedback.per-item")), accounts());
        if (!result.notes().isEmpty()) {
            layout.add(new H4(getTranslation("attribution.operators")));
            UnorderedList notes = new UnorderedList();
            notes.setId("attribution-notes");
            for (OperatorNote note : result.notes()) {
                notes.add(new ListItem(getTranslation("attribution.note", handles(note.accounts()),
                        note.why().in(getLocale()))));
            }
            layout.add(notes);
        }
        return layout;
    }

    /** The pairs listed, one line each, and "and n more" when the result counted more than it lists. */
    private Paragraph pairs(String id, List<AccountPair> listed, int count, String noneKey) {
        Paragraph out = new Paragraph();
        out.setId(id);
        if (count == 0) {
            out.setText(getTranslation(noneKey));
            return out;
        }
        out.add(new Span(getTranslation("attribution.pair-count", count)));
        UnorderedList list = new UnorderedList();
        for (AccountPair pair : listed) {
            list.add(new ListItem(getTranslation("attribution.pair", pair.first(), pair.second())));
        }
        if (count > listed.size()) {
            list.add(new ListItem(getTranslation("attribution.more-pairs", count - listed.size())));
        }
        out.add(list);
        return out;
    }

    private Grid<AccountOutcome> accounts() {
        Grid<AccountOutcome> grid = new Grid<>();
        grid.setId("attribution-account-feedback");
        OutcomeMarkColumn.addTo(grid, AccountOutcome::exact);
        grid.addColumn(AccountOutcome::account).setHeader(getTranslation("attribution.account")).setAutoWidth(true);
        grid.addColumn(a -> handles(a.givenWith())).setHeader(getTranslation("attribution.you-put-with"))
                .setFlexGrow(2);
        grid.addColumn(this::expected).setHeader(getTranslation("attribution.belongs-with")).setFlexGrow(2);
        // on a phone: the account above what it was put with and belongs with
        ColumnPriority.of(grid).wideOnlyFrom(1).stacked(getTranslation("attribution.account"),
                a -> a.account(), a -> ColumnPriority.details(
                        ColumnPriority.pair(this, getTranslation("attribution.you-put-with"), handles(a.givenWith())),
                        ColumnPriority.pair(this, getTranslation("attribution.belongs-with"), expected(a))));
        grid.addThemeName("wrap-cell-content");
        grid.setItems(result.accounts());
        grid.setHeight(result.accounts().size() > 12 ? "28rem" : null);
        grid.setAllRowsVisible(result.accounts().size() <= 12);
        return grid;
    }

    private String expected(AccountOutcome a) {
        if (!a.exact() && !revealKey) {
            return getTranslation("detection-feedback.hidden-until-last");
        }
        return handles(a.expectedWith());
    }

    /** "On its own", or the handles and "and n more". */
    private String handles(Handles handles) {
        if (handles.count() == 0) {
            return getTranslation("attribution.on-its-own");
        }
        String listed = String.join(", ", handles.first());
        return handles.count() > handles.first().size()
                ? getTranslation("attribution.handles-and-more", listed, handles.count() - handles.first().size())
                : listed;
    }
}
