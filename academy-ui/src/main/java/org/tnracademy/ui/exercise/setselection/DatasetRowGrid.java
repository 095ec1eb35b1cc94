package org.tnracademy.ui.exercise.setselection;

import com.vaadin.flow.component.grid.Grid;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.ui.i18n.Formats;

/** A lazy grid of dataset rows with the columns analysts read: position, author, platform, language, time, text. */
final class DatasetRowGrid extends Grid<DatasetRow> {

    DatasetRowGrid(DatasetRowSource source, java.util.function.Supplier<DatasetRowSource.Filter> filter) {
        addColumn(r -> r.position() + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        addColumn(DatasetRow::author).setHeader(getTranslation("workspace.author")).setWidth("10rem").setFlexGrow(0);
        addColumn(DatasetRow::platform).setHeader(getTranslation("workspace.platform")).setWidth("7rem")
                .setFlexGrow(0);
        addColumn(DatasetRow::lang).setHeader(getTranslation("workspace.language")).setWidth("5rem").setFlexGrow(0);
        addColumn(r -> Formats.utcShort(r.postedAt(), getLocale())).setHeader(getTranslation("workspace.posted"))
                .setWidth("8.5rem").setFlexGrow(0);
        addColumn(DatasetRow::text).setHeader(getTranslation("workspace.text")).setWidth("24rem").setFlexGrow(1);
        addThemeName("wrap-cell-content");
        setItems(q -> source.rows(filter.get(), q.getOffset(), q.getLimit()).stream(),
                q -> source.count(filter.get()));
    }
}
