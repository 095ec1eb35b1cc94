package org.tnracademy.ui.exercise.setselection;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;

/**
 * The spec's items as a searchable checklist with the number chosen. Keyboard: select a row and
 * press X to choose or unchoose it. When {@code onShow} is given, each row also has a button that
 * shows that item's activity in the log beside the list.
 */
final class ItemChecklist extends VerticalLayout {

    private final ChosenItems chosen;
    private final Grid<String> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox chosenOnly = new Checkbox();
    private final Span count = new Span();
    private final ListDataProvider<String> provider;

    ItemChecklist(ChosenItems chosen, Consumer<String> onShow) {
        this.chosen = chosen;
        setPadding(false);
        provider = new ListDataProvider<>(chosen.items());

        search.setPlaceholder(getTranslation("set-selection.search-items"));
        search.setAriaLabel(getTranslation("set-selection.search-items"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("item-search");
        search.setWidthFull();
        search.addValueChangeListener(e -> applyFilter());

        chosenOnly.setLabel(getTranslation("set-selection.selected-only"));
        chosenOnly.setId("item-chosen-only");
        chosenOnly.addValueChangeListener(e -> applyFilter());

        count.setId("item-count");
        count.getElement().setAttribute("aria-live", "polite");

        grid.setId("item-checklist");
        grid.setDataProvider(provider);
        var chosenColumn = grid.addComponentColumn(this::checkbox).setHeader(getTranslation("set-selection.chosen"))
                .setWidth("6rem").setFlexGrow(0).setKey("chosen");
        // on a phone the box and the filter button take less room, so a whole handle fits on a line
        ColumnPriority<String> priority = ColumnPriority.of(grid);
        priority.onChange(() -> chosenColumn.setWidth(priority.isNarrow() ? "4.5rem" : "6rem"));
        grid.addColumn(id -> id).setHeader(getTranslation("set-selection.item")).setFlexGrow(1);
        if (onShow != null) {
            var activity = grid.addComponentColumn(id -> {
                Button show = new Button(VaadinIcon.FILTER.create(), e -> onShow.accept(id));
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                show.setAriaLabel(getTranslation("set-selection.show-activity", id));
                show.setTooltipText(getTranslation("set-selection.show-activity", id));
                show.setId("show-activity-" + id);
                return show;
            }).setHeader(getTranslation("set-selection.activity")).setWidth("6rem").setFlexGrow(0);
            priority.onChange(() -> activity.setWidth(priority.isNarrow() ? "4.5rem" : "6rem"));
            grid.addItemClickListener(e -> onShow.accept(e.getItem()));
        }
        grid.setHeight("28rem");
        Shortcuts.addShortcutListener(grid, this::toggleSelected, Key.KEY_X).listenOn(grid);

        // how a row's own controls are reached from the keyboard
        Span hint = new Span(getTranslation("set-selection.keyboard-hint") + " "
                + getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout status = new HorizontalLayout(chosenOnly, count);
        status.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(search, status, grid, hint);
        chosen.onChange(this::updateCount);
        updateCount();
    }

    private Checkbox checkbox(String id) {
        Checkbox box = new Checkbox(chosen.isChosen(id));
        box.setAriaLabel(getTranslation("set-selection.choose-item", id));
        box.setId("choose-" + id);
        box.setReadOnly(chosen.isReadOnly());
        box.addValueChangeListener(e -> {
            chosen.set(id, e.getValue());
            if (chosenOnly.getValue()) {
                provider.refreshAll();
                // the rows are drawn again: a box still listed keeps focus
                FocusAfterRender.focus(grid, "choose-" + id);
            }
        });
        return box;
    }

    private void toggleSelected() {
        grid.getSelectedItems().stream().findFirst().ifPresent(id -> {
            chosen.toggle(id);
            grid.getDataProvider().refreshItem(id);
        });
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        boolean onlyChosen = chosenOnly.getValue();
        provider.setFilter(id -> (text.isEmpty() || id.toLowerCase(Locale.ROOT).contains(text))
                && (!onlyChosen || chosen.isChosen(id)));
    }

    void refresh() {
        provider.refreshAll();
    }

    private void updateCount() {
        count.setText(getTranslation("set-selection.count", chosen.size(), chosen.items().size()));
    }
}
