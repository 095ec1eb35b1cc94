package org.tnracademy.ui.exercise.attribution;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;

/**
 * The interaction log, lazy, in time order: posts, replies ("@handle ...") and reposts ("RT
 * @handle: ..."). The search matches text, author and platform in the database, so searching a
 * handle shows what the account posted and what mentions it.
 */
final class InteractionLogPanel extends VerticalLayout {

    private final TextField search = new TextField();
    private final Grid<DatasetRow> log = new Grid<>();

    InteractionLogPanel(DatasetService datasets, long datasetId) {
        setPadding(false);
        setMinWidth("0");
        search.setPlaceholder(getTranslation("workspace.search"));
        search.setAriaLabel(getTranslation("attribution.search-log"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("attribution-log-search");
        search.setWidthFull();

        var position = log.addColumn(r -> r.position() + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        var author = log.addColumn(DatasetRow::author).setHeader(getTranslation("workspace.author"))
                .setWidth("11rem").setFlexGrow(0);
        var posted = log.addColumn(r -> Formats.utcShort(r.postedAt(), getLocale()))
                .setHeader(getTranslation("workspace.posted")).setWidth("9rem").setFlexGrow(0);
        var text = log.addColumn(DatasetRow::text).setHeader(getTranslation("workspace.text")).setFlexGrow(1);
        // on a phone: one stacked column, the post's author and time above its text
        ColumnPriority.of(log).wideOnly(position, author, posted, text).stacked(getTranslation("workspace.text"),
                r -> String.join(" · ", "#" + (r.position() + 1), r.author(),
                        Formats.utcShort(r.postedAt(), getLocale())), DatasetRow::text);
        log.addThemeName("wrap-cell-content");
        log.setId("attribution-log");
        log.setHeight("32rem");
        log.setItems(q -> datasets.rows(datasetId, query(), q.getOffset(), q.getLimit()).stream(),
                q -> datasets.count(datasetId, query()));
        search.addValueChangeListener(e -> log.getDataProvider().refreshAll());
        add(new H3(getTranslation("attribution.log")), search, log);
    }

    private DatasetQuery query() {
        return new DatasetQuery(search.getValue(), "", List.of());
    }

    /** Shows what mentions the account (its posts, and replies and reposts of it). */
    void show(String account) {
        search.setValue(account);
    }
}
