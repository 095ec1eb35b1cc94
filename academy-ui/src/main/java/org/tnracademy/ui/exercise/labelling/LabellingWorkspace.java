package org.tnracademy.ui.exercise.labelling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.catalog.LabelOption;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.layout.PostText;

/**
 * The dataset in a lazy grid, searchable, filterable and sortable, with a label picker per row.
 * Keyboard: select a row, then press 1..9 to give it the n-th label, 0 to clear it. The labels
 * stay on the server until submitted as {@code {labels: {item: label}}}.
 */
public class LabellingWorkspace extends VerticalLayout implements AnswerWorkspace {

    /** A digit key of the main row or the keypad, pressed without Ctrl, Alt or Meta. */
    static final String DIGIT_KEY =
            "/^(Digit|Numpad)[0-9]$/.test(event.code) && !event.ctrlKey && !event.metaKey && !event.altKey";

    private final ExerciseSheet sheet;
    private final DatasetService datasets;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Grid<DatasetRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> language = new Select<>();
    private final Span labelledCount = new Span();
    private final int itemCount;
    private final AnswerChanges changes = new AnswerChanges();
    private boolean readOnly;

    public LabellingWorkspace(ExerciseSheet sheet, DatasetService datasets) {
        this.sheet = sheet;
        this.datasets = datasets;
        this.itemCount = datasets.count(sheet.datasetId(), sheet.datasetQuery(DatasetQuery.all()));
        setPadding(false);

        search.setPlaceholder(getTranslation("workspace.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("dataset-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // the languages the dataset holds, however many: Chinese, Persian or Turkish posts too
        List<String> languages = new java.util.ArrayList<>(List.of(""));
        languages.addAll(datasets.languages(sheet.datasetId()));
        language.setItems(languages);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("workspace.all-languages")
                : PostText.languageName(this, l));
        language.setValue("");
        language.setId("dataset-language");
        language.setAriaLabel(getTranslation("workspace.language"));
        language.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        labelledCount.setId("labelled-count");
        HorizontalLayout tools = new HorizontalLayout(search, language, labelledCount);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.expand(search);

        configureGrid();
        // how a row's own controls are reached from the keyboard
        Span hint = new Span(getTranslation("workspace.keyboard-hint") + " "
                + getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(tools, grid, hint);
        updateCount();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public Map<String, Object> answer() {
        return Map.of("labels", Map.copyOf(labels));
    }

    /** Starts from labels given earlier, such as an instructor's saved calibration; replaces any made here. */
    public void setLabels(Map<String, String> given) {
        labels.clear();
        labels.putAll(given);
        updateCount();
        grid.getDataProvider().refreshAll();
    }

    /** {@code {labels: {item: label}}}: items of the dataset with labels of the exercise only. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Map<String, String> saved = DraftTrees.texts(answerTree, "labels");
        Set<String> labelIds = sheet.labels().stream().map(LabelOption::id).collect(Collectors.toSet());
        saved.values().removeIf(label -> !labelIds.contains(label));
        if (!saved.isEmpty()) {
            // a draft keeps only items this learner is shown (their variant's, or the whole dataset's)
            saved.keySet().retainAll(Set.copyOf(sheet.variant() ? sheet.variantItems()
                    : datasets.itemKeys(sheet.datasetId())));
        }
        changes.restoring(() -> setLabels(saved));
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public boolean isEmpty() {
        return labels.isEmpty();
    }

    @Override
    public int unansweredCount() {
        return Math.max(0, itemCount - labels.size());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("dataset-grid");
        grid.setHeight("32rem");
        grid.setMultiSort(true);
        var position = grid.addColumn(r -> r.position() + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0)
                .setSortProperty(DatasetQuery.SortField.POSITION.name());
        var author = grid.addColumn(DatasetRow::author).setHeader(getTranslation("workspace.author")).setWidth("10rem")
                .setFlexGrow(0).setSortProperty(DatasetQuery.SortField.AUTHOR.name());
        // platform and language share a column (the language filter above narrows by language): a
        // column keeps about 7 KB of listeners on the server for every learner on the page. Its width
        // is the two columns' it replaces, so the grid turns to its stacked view at the same width.
        var platform = grid.addColumn(r -> String.join(" · ", r.platform(), r.lang()))
                .setHeader(getTranslation("workspace.platform-language")).setWidth("14rem").setFlexGrow(0)
                .setSortProperty(DatasetQuery.SortField.PLATFORM.name(), DatasetQuery.SortField.LANGUAGE.name());
        var posted = grid.addColumn(r -> Formats.utcShort(r.postedAt(), getLocale()))
                .setHeader(getTranslation("workspace.posted"))
                .setWidth("8.5rem").setFlexGrow(0).setSortProperty(DatasetQuery.SortField.POSTED_AT.name());
        // the post itself gets the room
        var text = grid.addColumn(PostText.renderer(DatasetRow::text, DatasetRow::lang))
                .setHeader(getTranslation("workspace.text")).setWidth("20rem").setFlexGrow(1);
        // on a phone one stacked column holds the post's details above its text, beside the label
        ColumnPriority<DatasetRow> priority = ColumnPriority.of(grid)
                .wideOnly(position, author, platform, posted, text);
        var labelColumn = grid.addColumn(LabelPickerColumn.renderer(labelOptions(), row -> labels.get(row.itemKey()),
                        row -> getTranslation("workspace.label-for-post", row.position() + 1), () -> readOnly,
                        (row, label) -> setLabel(row.itemKey(), label)))
                .setHeader(getTranslation("workspace.label"))
                .setWidth("12rem").setFlexGrow(0);
        priority.onChange(() -> labelColumn.setWidth(priority.isNarrow() ? "9.5rem" : "12rem"));
        // added last, so the columns keep their places; on a phone it shows right of the label
        priority.stackedPost(getTranslation("workspace.text"), this::postDetails, DatasetRow::text, DatasetRow::lang);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(query -> datasets.rows(sheet.datasetId(), query(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> countShown());

        // 1..9 give the selected row the n-th label, 0 clears it. One listener for the ten digits, by
        // the key's place (event.code), so an AZERTY keyboard's unshifted digit row works too; ten
        // shortcut registrations kept about 8 KB per learner on the page.
        grid.getElement().addEventListener("keydown", e -> digitPressed(e.getEventData().get("event.code").asString()))
                .setFilter(DIGIT_KEY)
                .addEventData("event.code")
                .preventDefault();
    }

    /** The label of a digit key: 0 none, n the exercise's n-th label (a digit past the last does nothing). */
    private void digitPressed(String code) {
        int digit = code.charAt(code.length() - 1) - '0';
        List<LabelOption> options = sheet.labels();
        if (digit == 0) {
            labelSelected(null);
        } else if (digit <= options.size()) {
            labelSelected(options.get(digit - 1).id());
        }
    }

    /** The post's place and metadata, as the phone's stacked column shows them above its text. */
    private String postDetails(DatasetRow row) {
        return String.join(" · ", "#" + (row.position() + 1), row.author(), row.platform(), row.lang(),
                Formats.utcShort(row.postedAt(), getLocale()));
    }

    /** The posts the search and language let through: all of them, counted once, until one is used. */
    private int countShown() {
        DatasetQuery shown = query(List.of());
        return shown.equals(sheet.datasetQuery(DatasetQuery.all())) ? itemCount
                : datasets.count(sheet.datasetId(), shown);
    }

    private DatasetQuery query(List<QuerySortOrder> sortOrders) {
        List<DatasetQuery.Sort> sort = sortOrders.stream()
                .map(o -> new DatasetQuery.Sort(DatasetQuery.SortField.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.ASCENDING))
                .toList();
        return sheet.datasetQuery(new DatasetQuery(search.getValue(), language.getValue(), sort));
    }

    /** The picker's choices: the empty one first, then the exercise's labels in its order. */
    private Map<String, String> labelOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", getTranslation("workspace.unlabelled"));
        sheet.labels().forEach(l -> options.put(l.id(), l.title().in(getLocale())));
        return options;
    }

    private void labelSelected(String label) {
        if (readOnly) {
            return;
        }
        grid.getSelectedItems().stream().findFirst().ifPresent(row -> {
            setLabel(row.itemKey(), label);
            grid.getDataProvider().refreshItem(row);
        });
    }

    private void setLabel(String itemKey, String label) {
        if (label == null || label.isEmpty()) {
            labels.remove(itemKey);
        } else {
            labels.put(itemKey, label);
        }
        updateCount();
        changes.fire();
    }

    private void updateCount() {
        labelledCount.setText(getTranslation("workspace.labelled", labels.size(), itemCount));
    }
}
