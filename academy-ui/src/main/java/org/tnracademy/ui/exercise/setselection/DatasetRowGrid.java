package org.tnracademy.ui.exercise.setselection;

import com.vaadin.flow.component.grid.Grid;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.PostText;

/** A lazy grid of dataset rows with the columns analysts read: position, author, platform, language, time, text. */
final class DatasetRowGrid extends Grid<DatasetRow> {

    DatasetRowGrid(DatasetRowSource source, java.util.function.Supplier<DatasetRowSource.Filter> filter) {
        var position = addColumn(r -> r.position() + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        var author = addColumn(DatasetRow::author).setHeader(getTranslation("workspace.author")).setWidth("10rem")
                .setFlexGrow(0);
        var platform = addColumn(DatasetRow::platform).setHeader(getTranslation("workspace.platform")).setWidth("7rem")
                .setFlexGrow(0);
        var lang = addColumn(DatasetRow::lang).setHeader(getTranslation("workspace.language")).setWidth("7rem")
                .setFlexGrow(0);
        var posted = addColumn(r -> Formats.utcShort(r.postedAt(), getLocale()))
                .setHeader(getTranslation("workspace.posted")).setWidth("8.5rem").setFlexGrow(0);
        var text = addColumn(PostText.renderer(DatasetRow::text, DatasetRow::lang))
                .setHeader(getTranslation("workspace.text")).setWidth("24rem").setFlexGrow(1);
        // on a phone one stacked column holds the post's details above its text
        ColumnPriority.of(this).wideOnly(position, author, platform, lang, posted, text)
                .stackedPost(getTranslation("workspace.text"), r -> String.join(" · ", "#" + (r.position() + 1),
                        r.author(), r.platform(), r.lang(), Formats.utcShort(r.postedAt(), getLocale())),
                        DatasetRow::text, DatasetRow::lang);
        addThemeName("wrap-cell-content");
        setItems(q -> source.rows(filter.get(), q.getOffset(), q.getLimit()).stream(),
                q -> source.count(filter.get()));
    }
}
