package org.tnracademy.ui.exercise.setselection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;

/**
 * When the items are accounts and the dataset is their activity log: the checklist of accounts
 * beside the lazy log, where showing an account filters the log to what that account posted.
 */
final class AccountSelectionPanel extends HorizontalLayout {

    private final TextField logSearch = new TextField();
    private final Span authorShown = new Span();
    private final Button showAll;
    private final Grid<DatasetRow> log;
    private final ItemChecklist checklist;
    private String author = "";

    AccountSelectionPanel(ChosenItems chosen, DatasetService datasets, long datasetId) {
        setWidthFull();
        setPadding(false);
        // the accounts above their activity on a phone
        addClassName("academy-two-pane");
        DatasetRowSource source = new DatasetRowSource(datasets, datasetId);

        checklist = new ItemChecklist(chosen, this::showAuthor);
        checklist.setWidth("22rem");
        checklist.getStyle().set("flex-shrink", "0");

        logSearch.setPlaceholder(getTranslation("workspace.search"));
        logSearch.setAriaLabel(getTranslation("set-selection.search-log"));
        logSearch.setPrefixComponent(VaadinIcon.SEARCH.create());
        logSearch.setClearButtonVisible(true);
        logSearch.setValueChangeMode(ValueChangeMode.LAZY);
        logSearch.setId("log-search");

        authorShown.setId("log-author");
        authorShown.getElement().setAttribute("aria-live", "polite");
        showAll = new Button(getTranslation("set-selection.show-all-authors"), e -> showAuthor(""));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showAll.setId("log-show-all");

        log = new DatasetRowGrid(source, () -> new DatasetRowSource.Filter(logSearch.getValue(), "", author, true, "",
                null, 0));
        log.setId("activity-log");
        log.setHeight("32rem");
        logSearch.addValueChangeListener(e -> log.getDataProvider().refreshAll());

        HorizontalLayout logTools = new HorizontalLayout(logSearch, authorShown, showAll);
        logTools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        logTools.setWidthFull();
        logTools.expand(logSearch);
        VerticalLayout logPane = new VerticalLayout(new H3(getTranslation("set-selection.log")), logTools, log);
        logPane.setPadding(false);
        logPane.setMinWidth("0");
        add(checklist, logPane);
        expand(logPane);
        showAuthor("");
    }

    /** Shows what one account posted; blank for the whole log. */
    void showAuthor(String item) {
        author = item == null ? "" : item;
        authorShown.setText(author.isEmpty() ? getTranslation("set-selection.log-all")
                : getTranslation("set-selection.log-of", author));
        showAll.setVisible(!author.isEmpty());
        log.getDataProvider().refreshAll();
    }

    void refresh() {
        checklist.refresh();
    }
}
