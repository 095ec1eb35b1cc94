package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.exercises.shape.FieldShape;
import org.tnracademy.exercises.shape.ObjectShape;

/**
 * The fields of a map, one editor each. Fields the shape does not know are kept as they came and
 * listed read-only, so a form never drops what it cannot show (a key's {@code exercise:}); the
 * type's validation names them if they are mistakes. The tree keeps the order its fields came in.
 */
final class ObjectEditor extends NodeEditor {

    private final ObjectShape shape;
    private final boolean optional;
    private final Map<String, NodeEditor> editors = new LinkedHashMap<>();
    private final VerticalLayout layout = new VerticalLayout();
    private final Span error = ProblemText.span();
    private final Span kept = new Span();
    private final List<String> placed = new ArrayList<>();
    private List<String> order = List.of();
    private Map<String, Object> extras = Map.of();

    /**
     * @param required false for an optional group of fields (an estimate question's photo, its map):
     *                 shown under its own heading, and left out of the tree, unchecked, while all
     *                 its fields are empty
     */
    ObjectEditor(FormContext context, String labelKey, ObjectShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        this.optional = !required;
        layout.setPadding(false);
        layout.setWidthFull();
        if (optional) {
            Span heading = new Span(label());
            heading.getStyle().set("font-weight", "600");
            layout.add(heading);
            String help = context.help(labelKey);
            if (help != null) {
                Paragraph helper = new Paragraph(help);
                helper.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0")
                        .set("color", "var(--lumo-secondary-text-color)");
                layout.add(helper);
            }
            layout.getStyle().set("border-left", "2px solid var(--lumo-contrast-20pct)")
                    .set("padding-left", "var(--lumo-space-s)");
        }
        layout.add(error);
        for (FieldShape field : shape.fields()) {
            NodeEditor editor = Editors.create(field.shape(), context, labelKey + "." + field.name(), field.required());
            editor.setParent(this);
            editors.put(field.name(), editor);
            layout.add(editor.component());
        }
        kept.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        kept.setVisible(false);
        layout.add(kept);
    }

    @Override
    Component component() {
        return layout;
    }

    NodeEditor editor(String field) {
        return editors.get(field);
    }

    java.util.Set<String> fieldNames() {
        return editors.keySet();
    }

    @Override
    void setValue(Object value) {
        Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
        List<String> keys = new ArrayList<>();
        Map<String, Object> unknown = new LinkedHashMap<>();
        map.forEach((name, v) -> {
            String field = String.valueOf(name);
            keys.add(field);
            if (!editors.containsKey(field)) {
                unknown.put(field, v);
            }
        });
        order = keys;
        extras = unknown;
        editors.forEach((field, editor) -> editor.setValue(map.get(field)));
        kept.setText(context.text("shape.form.kept", String.join(", ", unknown.keySet())));
        kept.setVisible(!unknown.isEmpty());
    }

    /** The fields as a tree; null for an optional group whose fields are all empty. */
    @Override
    Map<String, Object> value() {
        Map<String, Object> tree = fields();
        return optional && tree.isEmpty() ? null : tree;
    }

    private Map<String, Object> fields() {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String field : order) {
            put(tree, field);
        }
        for (FieldShape field : shape.fields()) {
            if (!tree.containsKey(field.name())) {
                put(tree, field.name());
            }
        }
        return tree;
    }

    private void put(Map<String, Object> tree, String field) {
        NodeEditor editor = editors.get(field);
        if (editor == null) {
            tree.put(field, extras.get(field));
            return;
        }
        Object v = editor.value();
        boolean required = shape.field(field).map(FieldShape::required).orElse(false);
        if (v != null && (required || !(v instanceof List<?> list && list.isEmpty()))) {
            tree.put(field, v);
        }
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        if (optional && fields().isEmpty()) {
            return;
        }
        for (FieldShape field : shape.fields()) {
            editors.get(field.name()).collect(ShapeChecker.join(path, field.name()), field.required(), out);
        }
    }

    /** Whether the first step names one of this object's fields. */
    boolean knows(String step) {
        return editors.containsKey(step);
    }

    @Override
    void showProblem(List<String> steps, String message) {
        if (!steps.isEmpty() && editors.containsKey(steps.getFirst())) {
            editors.get(steps.getFirst()).showProblem(steps.subList(1, steps.size()), message);
        } else {
            placed.add(withRest(steps, message));
            ProblemText.show(error, placed);
        }
    }

    @Override
    void clearProblems() {
        placed.clear();
        ProblemText.show(error, placed);
        editors.values().forEach(NodeEditor::clearProblems);
    }

    @Override
    void afterChange() {
        editors.values().forEach(NodeEditor::afterChange);
    }
}
