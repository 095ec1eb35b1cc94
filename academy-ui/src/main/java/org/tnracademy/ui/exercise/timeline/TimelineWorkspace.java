package org.tnracademy.ui.exercise.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.timeline.TimelineEvent;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.ui.layout.ColumnPriority;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;
import org.tnracademy.ui.exercise.workspace.FocusAfterRender;

/**
 * The learner puts the events of a case in the order they happened, earliest first, by dragging
 * rows or with the move buttons of each row (Alt+Up and Alt+Down move the selected row; a move
 * button keeps focus on the moved event, so it can be pressed again). Each event
 * shows its time as its platform showed it, in that platform's zone: bringing them to one clock is
 * the exercise. Nothing is answered until the learner has moved an event or confirmed the order as
 * shown; from then every event is placed.
 * Answer tree: {@code {order: [event ids, earliest first]}}, left out until then.
 */
public class TimelineWorkspace implements AnswerWorkspace {

    private final List<TimelineEvent> order;
    private final VerticalLayout root = new VerticalLayout();
    private final Grid<TimelineEvent> grid = new Grid<>();
    private final Span status = new Span();
    private final Button confirm = new Button();
    private final AnswerChanges changes = new AnswerChanges();
    private TimelineEvent dragged;
    private boolean answered;
    private boolean readOnly;

    public TimelineWorkspace(TimelineSpec spec) {
        this.order = new ArrayList<>(spec.events());
        root.setPadding(false);
        root.setId("timeline-workspace");

        configureGrid();
        status.setId("timeline-status");
        status.getElement().setAttribute("aria-live", "polite");
        confirm.setText(root.getTranslation("timeline.confirm"));
        confirm.setId("timeline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        confirm.addClickListener(e -> {
            if (!readOnly) {
                answered = true;
                updateStatus();
                changes.fire();
                // the button hides itself: focus goes on to the events rather than to the page
                grid.focus();
            }
        });
        HorizontalLayout tools = new HorizontalLayout(status, confirm);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        // how a row's own controls are reached from the keyboard
        Span hint = new Span(root.getTranslation("timeline.hint") + " "
                + root.getTranslation("keyboard.grid.row-controls"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        root.add(tools, grid, hint);
        updateStatus();
    }

    private void configureGrid() {
        grid.setId("timeline-grid");
        grid.setHeight("32rem");
        var position = grid.addColumn(e -> order.indexOf(e) + 1).setHeader(root.getTranslation("timeline.position"))
                .setWidth("5.5rem").setFlexGrow(0);
        var shown = grid.addColumn(TimelineEvent::shownTime).setHeader(root.getTranslation("timeline.shown-time"))
                .setWidth("14rem").setFlexGrow(0);
        var platform = grid.addColumn(TimelineEvent::platform).setHeader(root.getTranslation("workspace.platform"))
                .setWidth("8rem").setFlexGrow(0);
        // an event's language is not recorded: its direction comes from its letters
        var text = grid.addColumn(org.tnracademy.ui.layout.PostText.renderer(TimelineEvent::text))
                .setHeader(root.getTranslation("timeline.event")).setFlexGrow(1);
        // on a phone the place, time and platform go above the event's text, beside the move buttons
        ColumnPriority.of(grid).wideOnly(position, shown, platform, text)
                .stackedPost(root.getTranslation("timeline.event"), e -> String.join(" · ",
                        "#" + (order.indexOf(e) + 1), e.shownTime(), java.util.Objects.toString(e.platform(), "")),
                        TimelineEvent::text);
        grid.addComponentColumn(this::moveButtons).setHeader(root.getTranslation("timeline.move"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(order);

        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> {
            if (dragged == null || readOnly) {
                return;
            }
            TimelineEvent target = e.getDropTargetItem().orElse(null);
            boolean after = e.getDropLocation() == GridDropLocation.BELOW;
            dropAt(dragged, target, after);
        });

        Shortcuts.addShortcutListener(grid, () -> moveSelected(-1), Key.ARROW_UP, KeyModifier.ALT).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> moveSelected(1), Key.ARROW_DOWN, KeyModifier.ALT).listenOn(grid);
    }

    private Component moveButtons(TimelineEvent event) {
        int at = order.indexOf(event);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveKeepingFocus(event, -1));
        // named by its place and the time it shows, as the learner sees the row (never by its id)
        String earlier = root.getTranslation("timeline.move-event-earlier", at + 1, event.shownTime());
        up.setAriaLabel(earlier);
        up.setTooltipText(earlier);
        up.setId("earlier-" + event.id());
        up.setEnabled(!readOnly && at > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveKeepingFocus(event, 1));
        String later = root.getTranslation("timeline.move-event-later", at + 1, event.shownTime());
        down.setAriaLabel(later);
        down.setTooltipText(later);
        down.setId("later-" + event.id());
        down.setEnabled(!readOnly && at < order.size() - 1);
        for (Button b : List.of(up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        HorizontalLayout buttons = new HorizontalLayout(up, down);
        buttons.setSpacing(false);
        return buttons;
    }

    /**
     * A move button's move: the row is drawn again with new buttons, so focus goes to the same
     * button of the moved event (the other one once it can go no further), and the learner can
     * press it again.
     */
    private void moveKeepingFocus(TimelineEvent event, int by) {
        move(event, by);
        String same = (by < 0 ? "earlier-" : "later-") + event.id();
        String other = (by < 0 ? "later-" : "earlier-") + event.id();
        FocusAfterRender.focus(grid, same, other);
    }

    /** Moves an event one place earlier (-1) or later (+1). */
    void move(TimelineEvent event, int by) {
        int at = order.indexOf(event);
        int to = at + by;
        if (readOnly || at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(at);
        order.add(to, event);
        changed(event);
    }

    /** Puts the dragged event before or after the target; at the end when dropped below the last row. */
    void dropAt(TimelineEvent event, TimelineEvent target, boolean after) {
        if (readOnly || event.equals(target)) {
            return;
        }
        order.remove(event);
        int to = target == null ? order.size() : order.indexOf(target) + (after ? 1 : 0);
        order.add(to, event);
        changed(event);
    }

    private void moveSelected(int by) {
        grid.getSelectedItems().stream().findFirst().ifPresent(e -> move(e, by));
    }

    private void changed(TimelineEvent moved) {
        answered = true;
        grid.getDataProvider().refreshAll();
        status.setText(root.getTranslation("timeline.event-moved", moved.text(), moved.shownTime(),
                order.indexOf(moved) + 1, order.size()));
        confirm.setVisible(false);
        changes.fire();
    }

    private void updateStatus() {
        confirm.setVisible(!answered && !readOnly);
        status.setText(root.getTranslation(answered ? "timeline.answered" : "timeline.not-answered",
                order.size()));
    }

    /** The events in the learner's order, earliest first. */
    List<TimelineEvent> currentOrder() {
        return List.copyOf(order);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        if (answered) {
            tree.put("order", new ArrayList<>(order.stream().map(TimelineEvent::id).toList()));
        }
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return !answered;
    }

    /** {@code {order: [...]}}: put back only when it orders exactly the events of the spec. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        List<String> saved = DraftTrees.strings(answerTree == null ? null : answerTree.get("order"));
        Map<String, TimelineEvent> byId = new LinkedHashMap<>();
        order.forEach(e -> byId.put(e.id(), e));
        if (saved.size() != byId.size() || !new HashSet<>(saved).equals(byId.keySet())) {
            return;
        }
        changes.restoring(() -> {
            order.clear();
            saved.forEach(id -> order.add(byId.get(id)));
            answered = true;
            grid.getDataProvider().refreshAll();
            updateStatus();
        });
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        grid.setRowsDraggable(!readOnly);
        grid.setDropMode(readOnly ? null : GridDropMode.BETWEEN);
        updateStatus();
        grid.getDataProvider().refreshAll();
    }
}
