package org.tnracademy.ui.exercise.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;
import org.tnracademy.ui.layout.ColumnPriority;

/**
 * The accounts, one row each, with a group picker per row ("On its own", "Group 1" ... and "New
 * group"): the same control for the mouse and the keyboard (Enter in a row reaches its picker;
 * arrows and Enter choose). When {@code onShow} is given, each row also has a button that shows
 * the account's activity in the log.
 */
final class AccountGroupGrid extends VerticalLayout {

    private final AccountGroups groups;
    private final Grid<String> grid = new Grid<>();
    private final ListDataProvider<String> provider;

    AccountGroupGrid(AccountGroups groups, Consumer<String> onShow) {
        this.groups = groups;
        setPadding(false);
        provider = new ListDataProvider<>(groups.accounts());
        grid.setId("attribution-accounts");
        grid.setDataProvider(provider);
        grid.addColumn(a -> a).setHeader(getTranslation("attribution.account")).setFlexGrow(1)
                .setKey("account");
        var group = grid.addComponentColumn(this::picker).setHeader(getTranslation("attribution.group"))
                .setWidth("10.5rem").setFlexGrow(0).setKey("group");
        // on a phone the picker and the button take less room, so a whole handle fits on a line
        ColumnPriority<String> priority = ColumnPriority.of(grid);
        priority.onChange(() -> group.setWidth(priority.isNarrow() ? "8.5rem" : "10.5rem"));
        if (onShow != null) {
            var activity = grid.addComponentColumn(account -> {
                Button show = new Button(VaadinIcon.FILTER.create(), e -> onShow.accept(account));
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                show.setAriaLabel(getTranslation("attribution.show-activity", account));
                show.setTooltipText(getTranslation("attribution.show-activity", account));
                show.setId("attribution-show-" + account);
                return show;
            }).setHeader(getTranslation("attribution.activity")).setWidth("4.5rem").setFlexGrow(0);
            priority.onChange(() -> activity.setWidth(priority.isNarrow() ? "3.5rem" : "4.5rem"));
        }
        grid.addThemeName("wrap-cell-content");
        grid.setHeight("28rem");
        Span hint = new Span(getTranslation("attribution.keyboard-hint") + " "
                + getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(grid, hint);
    }

    private Select<Integer> picker(String account) {
        Select<Integer> picker = new Select<>();
        List<Integer> choices = new ArrayList<>();
        for (int g = 0; g <= groups.groupCount() + 1; g++) {
            choices.add(g);
        }
        picker.setItems(choices);
        int newGroup = groups.groupCount() + 1;
        picker.setItemLabelGenerator(g -> g == 0 ? getTranslation("attribution.on-its-own")
                : g == newGroup ? getTranslation("attribution.new-group")
                : getTranslation("attribution.group-n", g));
        picker.setValue(groups.groupOf(account));
        picker.setAriaLabel(getTranslation("attribution.group-of", account));
        picker.setId("group-of-" + account);
        picker.setWidthFull();
        picker.setReadOnly(groups.isReadOnly());
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                groups.assign(account, e.getValue());
                // every picker lists the groups again; the learner's own one keeps focus
                refresh();
                FocusAfterRender.focus(grid, "group-of-" + account);
            }
        });
        return picker;
    }

    void refresh() {
        provider.refreshAll();
    }
}
