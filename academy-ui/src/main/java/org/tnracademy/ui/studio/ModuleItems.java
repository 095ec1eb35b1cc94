package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.tnracademy.core.studio.ModuleTitle;
import org.tnracademy.core.studio.StructureItem;

/**
 * The lessons and exercises of each module in the course editor: moved up and down, to another
 * module, retired from the course (on publication, after a confirmation; learners' attempts are
 * kept) or kept after all. New lessons are edited or discarded from here. Holds what the instructor
 * arranged until the course draft is saved.
 */
class ModuleItems {

    private final Component owner;
    private final Runnable onChange;
    private final LongConsumer editNewLesson;
    private final Map<String, StructureItem> known = new LinkedHashMap<>();
    private final Map<String, List<String>> items = new LinkedHashMap<>();
    private final Map<String, List<String>> retired = new LinkedHashMap<>();

    /**
     * @param owner         the view, for its translations
     * @param onChange      lays the modules out again after a change
     * @param editNewLesson opens a new lesson's editor, by its draft id
     */
    ModuleItems(Component owner, List<StructureItem> known, List<ModuleTitle> modules, Runnable onChange,
                LongConsumer editNewLesson) {
        this.owner = owner;
        this.onChange = onChange;
        this.editNewLesson = editNewLesson;
        refresh(known);
        for (ModuleTitle m : modules) {
            items.put(m.id(), new ArrayList<>(m.items() == null ? List.of() : m.items()));
            retired.put(m.id(), new ArrayList<>(m.retired()));
        }
    }

    /** Takes the course's items anew (titles, new lessons) without changing their arrangement. */
    void refresh(List<StructureItem> current) {
        known.clear();
        current.forEach(i -> known.put(i.slug(), i));
    }

    boolean isEmpty(String moduleId) {
        return items.getOrDefault(moduleId, List.of()).isEmpty();
    }

    /** The module's items in order, for the course draft; never null, so the order is always stored. */
    List<String> itemsOf(String moduleId) {
        return List.copyOf(items.getOrDefault(moduleId, List.of()));
    }

    List<String> retiredOf(String moduleId) {
        return List.copyOf(retired.getOrDefault(moduleId, List.of()));
    }

    void addModule(String moduleId) {
        items.putIfAbsent(moduleId, new ArrayList<>());
        retired.putIfAbsent(moduleId, new ArrayList<>());
    }

    /** Drops an empty module; the items it retires go on being retired, listed under {@code heir}. */
    void removeModule(String moduleId, String heir) {
        items.remove(moduleId);
        List<String> gone = retired.remove(moduleId);
        if (gone != null) {
            retired.computeIfAbsent(heir, k -> new ArrayList<>()).addAll(gone);
        }
    }

    void append(String moduleId, String slug) {
        forget(slug);
        items.computeIfAbsent(moduleId, k -> new ArrayList<>()).add(slug);
    }

    /** Takes an item out of every list, as when a new lesson was discarded. */
    void forget(String slug) {
        items.values().forEach(l -> l.remove(slug));
        retired.values().forEach(l -> l.remove(slug));
    }

    /** A module's item rows, then its retired ones. */
    Component list(String moduleId, List<String> moduleOrder) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.getStyle().set("margin-inline-start", "var(--lumo-space-xl)");
        list.setId("module-items-" + moduleId);
        List<String> ids = items.getOrDefault(moduleId, List.of());
        if (ids.isEmpty()) {
            list.add(new Paragraph(owner.getTranslation("structure.module.empty")));
        }
        for (int i = 0; i < ids.size(); i++) {
            list.add(row(moduleId, ids.get(i), i, ids.size(), moduleOrder));
        }
        for (String slug : retired.getOrDefault(moduleId, List.of())) {
            Button keep = new Button(owner.getTranslation("structure.item.keep"), e -> {
                retired.get(moduleId).remove(slug);
                items.get(moduleId).add(slug);
                onChange.run();
            });
            keep.setId("item-keep-" + slug);
            Span label = new Span(owner.getTranslation("structure.item.retired", describe(slug)));
            label.getStyle().set("text-decoration", "line-through");
            HorizontalLayout row = new HorizontalLayout(label, keep);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setId("item-row-" + slug);
            list.add(row);
        }
        return list;
    }

    /** Every item to retire on publication. */
    List<String> retiredAll() {
        return retired.values().stream().flatMap(List::stream).toList();
    }

    private Component row(String moduleId, String slug, int index, int size, List<String> moduleOrder) {
        Button up = new Button(owner.getTranslation("course-editor.up"), e -> move(moduleId, index, -1));
        up.setId("item-up-" + slug);
        up.setEnabled(index > 0);
        Button down = new Button(owner.getTranslation("course-editor.down"), e -> move(moduleId, index, 1));
        down.setId("item-down-" + slug);
        down.setEnabled(index < size - 1);
        Select<String> moveTo = new Select<>();
        moveTo.setPlaceholder(owner.getTranslation("structure.item.move-to"));
        moveTo.setAriaLabel(owner.getTranslation("structure.item.move-to"));
        moveTo.setItems(moduleOrder.stream().filter(m -> !m.equals(moduleId)).toList());
        moveTo.setEnabled(moduleOrder.size() > 1);
        moveTo.setId("item-move-" + slug);
        moveTo.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                append(e.getValue(), slug);
                onChange.run();
            }
        });
        HorizontalLayout row = new HorizontalLayout(new Span(describe(slug)), up, down, moveTo);
        StructureItem item = known.get(slug);
        if (item != null && item.isNew()) {
            Button edit = new Button(owner.getTranslation("structure.lesson.edit"),
                    e -> editNewLesson.accept(item.newLessonId()));
            edit.setId("item-edit-" + slug);
            row.add(edit);
        } else {
            Button retire = new Button(owner.getTranslation("structure.item.retire"), e -> confirmRetire(moduleId, slug));
            retire.setId("item-retire-" + slug);
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(retire);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setId("item-row-" + slug);
        return row;
    }

    private void move(String moduleId, int index, int by) {
        List<String> ids = items.get(moduleId);
        int other = index + by;
        if (other < 0 || other >= ids.size()) {
            return;
        }
        ids.add(other, ids.remove(index));
        onChange.run();
    }

    private void confirmRetire(String moduleId, String slug) {
        ConfirmDialog confirm = new ConfirmDialog(owner.getTranslation("structure.item.retire.title"),
                owner.getTranslation("structure.item.retire.question", describe(slug)),
                owner.getTranslation("structure.item.retire"), e -> {
                    items.get(moduleId).remove(slug);
                    retired.computeIfAbsent(moduleId, k -> new ArrayList<>()).add(slug);
                    onChange.run();
                });
        confirm.setId("retire-item-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("common.cancel"));
        confirm.open();
    }

    /** "Lesson intro: Why it matters (new)", in the reader's language. */
    private String describe(String slug) {
        StructureItem item = known.get(slug);
        if (item == null) {
            return slug;
        }
        String kind = owner.getTranslation(item.kind() == StructureItem.Kind.LESSON
                ? "progress.kind.lesson" : "progress.kind.exercise");
        return owner.getTranslation(item.isNew() ? "structure.item.label.new" : "structure.item.label", kind, slug,
                item.title().in(UI.getCurrent().getLocale()));
    }
}
