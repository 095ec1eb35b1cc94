package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.tnracademy.exercises.shape.EnumSetShape;
import org.tnracademy.exercises.shape.ReferenceScope;
import org.tnracademy.exercises.shape.ReferenceSetShape;
import org.tnracademy.exercises.shape.Shape;

/**
 * Several values, each once, in a MultiSelectComboBox (searchable, so a few hundred item ids stay
 * usable). The tree keeps the order the values had, new ones after them in the order offered.
 */
final class MultiChoiceEditor extends LeafEditor {

    private final Shape shape;
    private final Supplier<List<String>> offered;
    private final MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
    private List<String> order = List.of();
    private List<String> items = List.of();
    private boolean refreshing;

    MultiChoiceEditor(FormContext context, String labelKey, Shape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        this.offered = switch (shape) {
            case EnumSetShape choices -> choices::values;
            case ReferenceSetShape reference -> () -> reference.source().values(
                    new ReferenceScope(context.spec(), this::enclosingObjects));
            default -> throw new IllegalArgumentException("not a multiple choice: " + shape);
        };
        box.setLabel(label());
        box.setHelperText(context.help(labelKey));
        box.setManualValidation(true);
        box.setRequiredIndicatorVisible(required);
        box.setWidthFull();
        if (shape instanceof EnumSetShape) {
            box.setItemLabelGenerator(v -> context.valueLabel(labelKey, v));
        }
        box.addValueChangeListener(e -> {
            if (!refreshing) {
                order = ordered(e.getValue());
                inputChanged();
            }
        });
    }

    @Override
    Component component() {
        return box;
    }

    @Override
    HasValidation validation() {
        return box;
    }

    MultiSelectComboBox<String> box() {
        return box;
    }

    @Override
    void setValue(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        }
        order = List.copyOf(new LinkedHashSet<>(values));
        offer();
        resetInput();
    }

    @Override
    Object value() {
        return order.isEmpty() ? null : order;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        check(shape, order, path, required, out);
    }

    @Override
    void afterChange() {
        if (shape instanceof ReferenceSetShape) {
            offer();
        }
    }

    private List<String> ordered(Set<String> chosen) {
        List<String> next = new ArrayList<>(order.stream().filter(chosen::contains).toList());
        for (String item : items) {
            if (chosen.contains(item) && !next.contains(item)) {
                next.add(item);
            }
        }
        return List.copyOf(next);
    }

    private void offer() {
        List<String> next = new ArrayList<>(offered.get());
        order.stream().filter(v -> !next.contains(v)).forEach(next::add);
        refreshing = true;
        try {
            if (!next.equals(items)) {
                items = List.copyOf(next);
                box.setItems(items);
            }
            if (!box.getValue().equals(new LinkedHashSet<>(order))) {
                box.setValue(new LinkedHashSet<>(order));
            }
        } finally {
            refreshing = false;
        }
    }
}
