package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.shape.ListShape;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.exercises.shape.ObjectShape;
import org.tnracademy.exercises.shape.Shape;

/**
 * A list of entries of one shape, each collapsed in a Details with a one-line summary. An entry's
 * fields are only built when it is first opened (or a problem is placed in it), so a key of hundreds
 * of spans opens at once; until then its tree is kept as it came and checked by {@link ShapeChecker}.
 */
final class ListEditor extends NodeEditor {

    private static final int SUMMARY_LENGTH = 100;

    private final ListShape shape;
    private final List<Entry> entries = new ArrayList<>();
    private final VerticalLayout layout = new VerticalLayout();
    private final VerticalLayout rows = new VerticalLayout();
    private final Span error = ProblemText.span();
    private final Button add;
    private final List<String> placed = new ArrayList<>();

    ListEditor(FormContext context, String labelKey, ListShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        Span heading = new Span(label() + (required ? " *" : ""));
        heading.getStyle().set("font-weight", "600");
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.setWidthFull();
        layout.add(heading);
        String help = context.help(labelKey);
        if (help != null) {
            Paragraph helper = new Paragraph(help);
            helper.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0")
                    .set("color", "var(--lumo-secondary-text-color)");
            layout.add(helper);
        }
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setWidthFull();
        add = new Button(context.text("shape.form.add", label()), VaadinIcon.PLUS.create(), e -> addEntry());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        layout.add(error, rows, add);
    }

    @Override
    Component component() {
        return layout;
    }

    int size() {
        return entries.size();
    }

    /** The entry's editor, built if it was not yet. */
    NodeEditor entry(int index) {
        return entries.get(index).rendered();
    }

    Details details(int index) {
        return entries.get(index).details;
    }

    Button addButton() {
        return add;
    }

    List<Button> buttons(int index) {
        Entry entry = entries.get(index);
        return List.of(entry.up, entry.down, entry.remove);
    }

    @Override
    void setValue(Object value) {
        entries.clear();
        if (value instanceof List<?> list) {
            list.forEach(element -> entries.add(new Entry(element)));
        }
        layoutRows();
    }

    @Override
    List<Object> value() {
        List<Object> list = new ArrayList<>();
        entries.forEach(entry -> list.add(entry.value()));
        return list;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        if (entries.size() < shape.min()) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.too-few", shape.min(), entries.size()));
        } else if (entries.size() > shape.max()) {
            out.add(InputProblem.of(path, labelKey, "shape.problem.too-many", shape.max(), entries.size()));
        }
        List<Map<String, Object>> around = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String at = path + "[" + i + "]";
            if (entry.editor != null) {
                entry.editor.collect(at, true, out);
            } else {
                around = around == null ? enclosingObjects() : around;
                new ShapeChecker(context.spec(), around, out).check(shape.element(), entry.data, at, labelKey, true);
            }
        }
    }

    @Override
    void showProblem(List<String> steps, String message) {
        int index = steps.isEmpty() ? -1 : ProblemPath.index(steps.getFirst());
        if (index >= 0 && index < entries.size()) {
            Entry entry = entries.get(index);
            entry.details.setOpened(true);
            entry.rendered().showProblem(steps.subList(1, steps.size()), message);
        } else {
            placed.add(withRest(steps, message));
            ProblemText.show(error, placed);
        }
    }

    @Override
    void clearProblems() {
        placed.clear();
        ProblemText.show(error, placed);
        entries.stream().filter(e -> e.editor != null).forEach(e -> e.editor.clearProblems());
    }

    @Override
    void afterChange() {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.editor != null) {
                entry.editor.afterChange();
                entry.summarize(i);
            }
        }
    }

    private void addEntry() {
        Entry entry = new Entry(null);
        entries.add(entry);
        layoutRows();
        entry.details.setOpened(true);
        firstField(entry.rendered().component()).ifPresent(Focusable::focus);
        context.changed();
    }

    /** The first field inside a component, so a new entry is ready to type in. */
    private static Optional<Focusable<?>> firstField(Component component) {
        if (component instanceof Focusable<?> field) {
            return Optional.of(field);
        }
        return component.getChildren().map(ListEditor::firstField).flatMap(Optional::stream).findFirst();
    }

    private void move(Entry entry, int by) {
        int from = entries.indexOf(entry);
        int to = from + by;
        if (from < 0 || to < 0 || to >= entries.size()) {
            return;
        }
        entries.remove(from);
        entries.add(to, entry);
        layoutRows();
        (by < 0 ? entry.up : entry.down).focus();
        context.changed();
    }

    private void remove(Entry entry) {
        entries.remove(entry);
        layoutRows();
        add.focus();
        context.changed();
    }

    private void layoutRows() {
        rows.removeAll();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            entry.summarize(i);
            entry.up.setEnabled(i > 0);
            entry.down.setEnabled(i < entries.size() - 1);
            entry.remove.setEnabled(entries.size() > shape.min());
            rows.add(entry.row);
        }
        add.setEnabled(entries.size() < shape.max());
    }

    /**
     * A one-line summary of an entry: its first few plain values (ids, English texts, numbers), in the
     * order of the shape's fields so every entry of a list reads alike.
     */
    static String summary(Shape shape, Object value) {
        List<String> parts = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            List<Object> values = shape instanceof ObjectShape object
                    ? object.fields().stream().map(f -> (Object) map.get(f.name())).toList()
                    : new ArrayList<Object>(map.values());
            for (Object v : values) {
                String part = plain(v);
                if (part != null && !part.isBlank()) {
                    parts.add(part.strip());
                }
                if (parts.size() == 3) {
                    break;
                }
            }
        } else {
            String part = plain(value);
            if (part != null) {
                parts.add(part);
            }
        }
        String line = String.join(" · ", parts).replaceAll("\\s+", " ");
        return line.length() > SUMMARY_LENGTH ? line.substring(0, SUMMARY_LENGTH - 1) + "…" : line;
    }

    private static String plain(Object value) {
        return switch (value) {
            case String s -> s;
            case Number n -> n.toString();
            case Map<?, ?> m when m.get(LocalizedTextShape.ENGLISH) instanceof String en -> en;
            case null, default -> null;
        };
    }

    /** One entry: its tree until opened, then its editor. */
    private final class Entry {

        private Object data;
        private NodeEditor editor;
        private final Details details = new Details();
        private final Button up = iconButton(VaadinIcon.ARROW_UP);
        private final Button down = iconButton(VaadinIcon.ARROW_DOWN);
        private final Button remove = iconButton(VaadinIcon.TRASH);
        private final HorizontalLayout row = new HorizontalLayout();

        Entry(Object data) {
            this.data = data;
            details.setWidthFull();
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    rendered();
                }
            });
            up.addClickListener(e -> move(this, -1));
            down.addClickListener(e -> move(this, 1));
            remove.addClickListener(e -> ListEditor.this.remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.START);
            row.add(details, up, down, remove);
            row.setFlexGrow(1, details);
        }

        NodeEditor rendered() {
            if (editor == null) {
                editor = Editors.create(shape.element(), context, labelKey, true);
                editor.setParent(ListEditor.this);
                NodeEditor created = editor;
                context.load(() -> created.setValue(data));
                data = null;
                details.add(editor.component());
            }
            return editor;
        }

        Object value() {
            return editor == null ? data : editor.value();
        }

        void summarize(int index) {
            String summary = summary(shape.element(), value());
            int number = index + 1;
            details.setSummaryText(summary.isEmpty() ? context.text("shape.form.entry-empty", number)
                    : context.text("shape.form.entry", number, summary));
            up.setAriaLabel(context.text("shape.form.move-up", label(), number));
            down.setAriaLabel(context.text("shape.form.move-down", label(), number));
            remove.setAriaLabel(context.text("shape.form.remove", label(), number));
        }

        private static Button iconButton(VaadinIcon icon) {
            Button button = new Button(icon.create());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            return button;
        }
    }
}
