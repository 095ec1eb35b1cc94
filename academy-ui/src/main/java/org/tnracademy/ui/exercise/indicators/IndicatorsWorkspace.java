package org.tnracademy.ui.exercise.indicators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.indicators.Indicator;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.IntelligenceSource;
import org.tnracademy.exercises.indicators.LogLine;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;

/**
 * The learner reads log lines and claims those that match an indicator of the bundle, and which.
 * The log is a lazy grid with a text filter; per line a "hit" box and the indicator. The bundle's
 * indicators, with their patterns, are listed beside it. Keyboard: select a line, press 1 to 9 to
 * claim it for the indicator of that number, 0 to clear it; or Enter on a line's cell to reach its
 * box and picker (the row is drawn again on a change, and focus stays on the control). A line
 * marked as a hit without an indicator is flagged at the line and left out of the answer until one
 * is chosen, so the answer never holds an empty indicator.
 * Answer tree: {@code {matches: {lineId: indicatorId}}}, left out while nothing is claimed.
 */
public class IndicatorsWorkspace implements AnswerWorkspace {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5,
            Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};

    private final IndicatorsSpec spec;
    private final Map<String, Integer> lineNumber = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();
    /** Lines marked as hits whose indicator is still to be chosen. */
    private final Set<String> pending = new HashSet<>();
    private final VerticalLayout root = new VerticalLayout();
    private final Grid<LogLine> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Checkbox claimedOnly = new Checkbox();
    private final Span status = new Span();
    private final AnswerChanges changes = new AnswerChanges();
    private boolean readOnly;

    public IndicatorsWorkspace(IndicatorsSpec spec) {
        this.spec = spec;
        for (int i = 0; i < spec.lines().size(); i++) {
            lineNumber.put(spec.lines().get(i).id(), i + 1);
        }
        root.setPadding(false);
        root.setId("indicators-workspace");

        filter.setPlaceholder(root.getTranslation("indicators.filter"));
        filter.setAriaLabel(root.getTranslation("indicators.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setId("log-filter");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        claimedOnly.setLabel(root.getTranslation("indicators.claimed-only"));
        claimedOnly.setId("log-claimed-only");
        claimedOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("claim-status");
        status.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout tools = new HorizontalLayout(filter, claimedOnly, status);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.expand(filter);

        configureGrid();
        // how a row's own controls are reached from the keyboard
        Span hint = new Span(root.getTranslation("indicators.keyboard-hint") + " "
                + root.getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout logPane = new VerticalLayout(tools, grid, hint);
        logPane.setPadding(false);
        logPane.setMinWidth("0");
        Component bundle = bundlePanel();
        HorizontalLayout body = new HorizontalLayout(logPane, bundle);
        body.setWidthFull();
        body.expand(logPane);
        // the bundle below the log on a phone
        body.addClassName("academy-two-pane");
        root.add(body);
        updateStatus();
    }

    private void configureGrid() {
        grid.setId("log-grid");
        grid.setHeight("32rem");
        var number = grid.addColumn(l -> lineNumber.get(l.id())).setHeader("#").setWidth("4rem").setFlexGrow(0);
        var text = grid.addComponentColumn(l -> {
            Span line = new Span(l.text());
            // a hash is compared to its last character: it wraps, never cut
            line.addClassName("academy-evidence");
            line.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                    .set("font-size", "var(--lumo-font-size-s)");
            return line;
        }).setHeader(root.getTranslation("indicators.line")).setFlexGrow(1);
        // on a phone the line's number goes above its text, and the claim columns get narrower
        ColumnPriority<LogLine> priority = ColumnPriority.of(grid).wideOnly(number, text);
        var hit = grid.addComponentColumn(this::hitBox).setHeader(root.getTranslation("indicators.hit")).setWidth("5rem")
                .setFlexGrow(0);
        // on a phone the indicator picker alone claims a line (choosing one ticks "hit")
        priority.wideOnly(hit);
        var indicator = grid.addComponentColumn(this::indicatorPicker)
                .setHeader(root.getTranslation("indicators.indicator")).setWidth("16rem").setFlexGrow(0);
        priority.onChange(() -> indicator.setWidth(priority.isNarrow() ? "9rem" : "16rem"));
        // added last, so the columns keep their places; on a phone it shows right of the picker
        priority.stacked(root.getTranslation("indicators.line"), l -> "#" + lineNumber.get(l.id()), LogLine::text,
                "academy-monospace");
        grid.addThemeName("wrap-cell-content");
        // the lines are already part of the spec; the grid still sends them to the browser page by page
        grid.setItems(q -> visibleLines().skip(q.getOffset()).limit(q.getLimit()), q -> (int) visibleLines().count());

        List<Indicator> indicators = spec.indicators();
        for (int i = 0; i < Math.min(indicators.size(), DIGITS.length); i++) {
            String id = indicators.get(i).id();
            Shortcuts.addShortcutListener(grid, () -> claimSelected(id), DIGITS[i]).listenOn(grid);
        }
        Shortcuts.addShortcutListener(grid, () -> claimSelected(null), Key.DIGIT_0).listenOn(grid);
    }

    private java.util.stream.Stream<LogLine> visibleLines() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        boolean onlyClaimed = claimedOnly.getValue();
        return spec.lines().stream()
                .filter(l -> text.isEmpty() || l.text().toLowerCase(Locale.ROOT).contains(text)
                        || l.id().toLowerCase(Locale.ROOT).contains(text))
                .filter(l -> !onlyClaimed || claims.containsKey(l.id()) || pending.contains(l.id()));
    }

    private Checkbox hitBox(LogLine line) {
        Checkbox hit = new Checkbox(claims.containsKey(line.id()) || pending.contains(line.id()));
        hit.setAriaLabel(root.getTranslation("indicators.hit-for", lineNumber.get(line.id())));
        hit.setId("hit-" + line.id());
        hit.setReadOnly(readOnly);
        hit.addValueChangeListener(e -> {
            if (e.getValue()) {
                markHit(line.id());
            } else {
                claim(line.id(), null);
            }
            grid.getDataProvider().refreshItem(line);
            FocusAfterRender.focus(grid, "hit-" + line.id());
        });
        return hit;
    }

    private Select<String> indicatorPicker(LogLine line) {
        Select<String> picker = new Select<>();
        picker.setItems(spec.indicators().stream().map(Indicator::id).toList());
        picker.setItemLabelGenerator(this::indicatorLabel);
        picker.setEmptySelectionAllowed(true);
        picker.setEmptySelectionCaption(root.getTranslation("indicators.no-indicator"));
        picker.setValue(claims.get(line.id()));
        picker.setAriaLabel(root.getTranslation("indicators.indicator-for", lineNumber.get(line.id())));
        picker.setId("indicator-" + line.id());
        picker.setWidthFull();
        picker.setReadOnly(readOnly);
        if (pending.contains(line.id())) {
            picker.setInvalid(true);
            picker.setErrorMessage(root.getTranslation("indicators.choose-indicator"));
        }
        picker.addValueChangeListener(e -> {
            if (e.getValue() == null && pending.contains(line.id())) {
                return;
            }
            claim(line.id(), e.getValue());
            grid.getDataProvider().refreshItem(line);
            FocusAfterRender.focus(grid, "indicator-" + line.id());
        });
        return picker;
    }

    private String indicatorLabel(String id) {
        if (id == null) {
            return root.getTranslation("indicators.no-indicator");
        }
        List<Indicator> indicators = spec.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(id)) {
                return (i + 1) + ". " + indicators.get(i).label();
            }
        }
        return id;
    }

    /** "Hit" ticked: with one indicator in the bundle it is the one; otherwise the learner must choose. */
    private void markHit(String lineId) {
        if (readOnly || claims.containsKey(lineId)) {
            return;
        }
        if (spec.indicators().size() == 1) {
            claim(lineId, spec.indicators().getFirst().id());
        } else {
            pending.add(lineId);
            updateStatus();
        }
    }

    private void claim(String lineId, String indicatorId) {
        if (readOnly) {
            return;
        }
        pending.remove(lineId);
        if (indicatorId == null) {
            claims.remove(lineId);
        } else {
            claims.put(lineId, indicatorId);
        }
        updateStatus();
        changes.fire();
    }

    private void claimSelected(String indicatorId) {
        grid.getSelectedItems().stream().findFirst().ifPresent(line -> {
            claim(line.id(), indicatorId);
            grid.getDataProvider().refreshItem(line);
        });
    }

    private Component bundlePanel() {
        VerticalLayout panel = new VerticalLayout(new H3(root.getTranslation("indicators.bundle")));
        panel.setId("indicator-list");
        panel.setPadding(false);
        panel.setWidth("22rem");
        panel.getStyle().set("flex-shrink", "0").set("max-height", "36rem").set("overflow", "auto");
        // a scrolled region a keyboard can reach and scroll, named for screen readers
        panel.getElement().setAttribute("tabindex", "0");
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-label", root.getTranslation("indicators.bundle"));
        if (spec.intelligence() != null) {
            panel.add(intelligence(spec.intelligence()));
        }
        List<Indicator> indicators = spec.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Div card = new Div();
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("width", "100%").set("box-sizing", "border-box");
            // published bundles often name no indicator: its pattern, shown below, says what it is
            Span name = new Span((i + 1) + ". " + (indicator.name() == null || indicator.name().isBlank()
                    ? root.getTranslation("stix.indicator.unnamed") : indicator.name()));
            name.getStyle().set("font-weight", "600").set("display", "block");
            Span pattern = new Span(indicator.pattern());
            pattern.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                    .set("font-size", "var(--lumo-font-size-s)").set("display", "block")
                    .set("overflow-wrap", "anywhere");
            // the STIX id, named as such: what an analyst cites across bundles and reports
            Span id = new Span(root.getTranslation("stix.indicator.id", indicator.id()));
            id.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)")
                    .set("display", "block").set("overflow-wrap", "anywhere");
            card.add(name, pattern, id);
            panel.add(card);
        }
        return panel;
    }

    /** Where published intelligence comes from and its licence; a web source is a link. */
    private Component intelligence(IntelligenceSource source) {
        Div box = new Div();
        box.setId("indicator-intelligence");
        box.getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
        Span sourceLine = new Span(root.getTranslation("stix.intelligence.source") + " ");
        sourceLine.getStyle().set("display", "block");
        String lower = source.source().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            Anchor link = new Anchor(source.source(), source.source());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            sourceLine.add(link);
        } else {
            sourceLine.add(source.source());
        }
        Span licence = new Span(root.getTranslation("stix.intelligence.licence", source.licence()));
        licence.setId("indicator-intelligence-licence");
        licence.getStyle().set("display", "block");
        box.add(new Span(root.getTranslation("stix.intelligence.note")), sourceLine, licence);
        return box;
    }

    private void updateStatus() {
        String text = root.getTranslation("indicators.claimed", claims.size(), spec.lines().size());
        if (!pending.isEmpty()) {
            text += " " + root.getTranslation("indicators.pending", pending.size());
        }
        status.setText(text);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (!claims.isEmpty()) {
            Map<String, Object> matches = new LinkedHashMap<>();
            // in log order, so two equal answers give equal trees
            spec.lines().stream().filter(l -> claims.containsKey(l.id()))
                    .forEach(l -> matches.put(l.id(), claims.get(l.id())));
            tree.put("matches", matches);
        }
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return claims.isEmpty();
    }

    /** {@code {matches: {line: indicator}}}: lines and indicators of the spec only. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Map<String, String> saved = DraftTrees.texts(answerTree, "matches");
        Set<String> indicatorIds = new HashSet<>(spec.indicators().stream().map(Indicator::id).toList());
        changes.restoring(() -> {
            claims.clear();
            pending.clear();
            saved.forEach((line, indicator) -> {
                if (lineNumber.containsKey(line) && indicatorIds.contains(indicator)) {
                    claims.put(line, indicator);
                }
            });
            updateStatus();
            grid.getDataProvider().refreshAll();
        });
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }


    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        grid.getDataProvider().refreshAll();
    }
}
