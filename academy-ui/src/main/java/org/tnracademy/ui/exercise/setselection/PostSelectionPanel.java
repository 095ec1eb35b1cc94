package org.tnracademy.ui.exercise.setselection;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;

/**
 * When the items are the dataset's own posts: the dataset in a lazy grid with a choice box per row,
 * searchable and filterable by language, author and platform, and a "chosen only" filter to review
 * the choice. Keyboard: select a row and press X to choose or unchoose it.
 */
final class PostSelectionPanel extends VerticalLayout {

    private final ChosenItems chosen;
    private final TextField search = new TextField();
    private final Select<String> language = new Select<>();
    private final TextField author = new TextField();
    private final TextField platform = new TextField();
    private final Checkbox chosenOnly = new Checkbox();
    private final Span count = new Span();
    private final Grid<DatasetRow> grid;
    /** Bumped when the choice changes while "chosen only" is on, so the filtered rows are read again. */
    private int chosenVersion;

    PostSelectionPanel(ChosenItems chosen, DatasetService datasets, long datasetId, boolean allRowsAreItems) {
        this.chosen = chosen;
        setPadding(false);
        DatasetRowSource source = new DatasetRowSource(datasets, datasetId);
        // rows that are not items of the spec are hidden only when there are such rows
        java.util.function.Predicate<String> itemsOnly = allRowsAreItems ? null : chosen::isItem;
        java.util.function.Predicate<String> chosenAndItem = chosen::isChosen;

        search.setPlaceholder(getTranslation("workspace.search"));
        search.setAriaLabel(getTranslation("workspace.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("selection-search");

        // the languages the dataset holds, however many: Chinese, Persian or Turkish posts too
        java.util.List<String> languages = new java.util.ArrayList<>(java.util.List.of(""));
        languages.addAll(datasets.languages(datasetId));
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("workspace.all-languages")
                : org.tnracademy.ui.layout.PostText.languageName(this, l));
        language.setValue("");
        language.setId("selection-language");
        language.setAriaLabel(getTranslation("workspace.language"));

        configureFilterField(author, "workspace.author", "selection-author");
        configureFilterField(platform, "workspace.platform", "selection-platform");

        chosenOnly.setLabel(getTranslation("set-selection.selected-only"));
        chosenOnly.setId("selection-chosen-only");

        count.setId("selection-count");
        count.getElement().setAttribute("aria-live", "polite");

        grid = new DatasetRowGrid(source, () -> new DatasetRowSource.Filter(search.getValue(), language.getValue(),
                author.getValue(), false, platform.getValue(),
                chosenOnly.getValue() ? chosenAndItem : itemsOnly, chosenOnly.getValue() ? chosenVersion : 0));
        grid.setId("selection-grid");
        grid.setHeight("32rem");
        grid.addComponentColumn(this::checkbox).setHeader(getTranslation("set-selection.chosen")).setWidth("6rem")
                .setFlexGrow(0).setFrozen(true).setKey("chosen");
        // the choice box first, where the eye starts
        java.util.List<Grid.Column<DatasetRow>> order = new java.util.ArrayList<>(grid.getColumns());
        order.addFirst(order.removeLast());
        grid.setColumnOrder(order);
        Shortcuts.addShortcutListener(grid, this::toggleSelected, Key.KEY_X).listenOn(grid);

        search.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        author.addValueChangeListener(e -> refresh());
        platform.addValueChangeListener(e -> refresh());
        chosenOnly.addValueChangeListener(e -> refresh());
        chosen.onChange(() -> {
            chosenVersion++;
            updateCount();
        });

        HorizontalLayout filters = new HorizontalLayout(search, language, author, platform);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.expand(search);
        filters.setWrap(true);
        HorizontalLayout status = new HorizontalLayout(chosenOnly, count);
        status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        // how a row's own controls are reached from the keyboard
        Span hint = new Span(getTranslation("set-selection.keyboard-hint") + " "
                + getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(filters, status, grid, hint);
        updateCount();
    }

    private void configureFilterField(TextField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setId(id);
        field.setWidth("10rem");
    }

    private Checkbox checkbox(DatasetRow row) {
        Checkbox box = new Checkbox(chosen.isChosen(row.itemKey()));
        box.setAriaLabel(getTranslation("set-selection.choose-item", row.itemKey()));
        box.setId("choose-" + row.itemKey());
        box.setReadOnly(chosen.isReadOnly() || !chosen.isItem(row.itemKey()));
        box.addValueChangeListener(e -> {
            chosen.set(row.itemKey(), e.getValue());
            if (chosenOnly.getValue()) {
                refresh();
                // the rows are drawn again: a box still listed keeps focus
                FocusAfterRender.focus(grid, "choose-" + row.itemKey());
            }
        });
        return box;
    }

    private void toggleSelected() {
        grid.getSelectedItems().stream().findFirst().ifPresent(row -> {
            chosen.toggle(row.itemKey());
            if (chosenOnly.getValue()) {
                refresh();
            } else {
                grid.getDataProvider().refreshItem(row);
            }
        });
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void updateCount() {
        count.setText(getTranslation("set-selection.count", chosen.size(), chosen.items().size()));
    }
}
