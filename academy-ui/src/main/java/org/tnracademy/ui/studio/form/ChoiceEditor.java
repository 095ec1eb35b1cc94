package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import org.tnracademy.exercises.shape.EnumShape;
import org.tnracademy.exercises.shape.ReferenceScope;
import org.tnracademy.exercises.shape.ReferenceShape;
import org.tnracademy.exercises.shape.Shape;

/**
 * One value of a list, in a Select: a fixed enum (values with their own labels) or a reference
 * (ids found in the spec or around the field, offered again whenever the trees change). A value
 * that is not on offer any more is kept and shown, so nothing is lost silently; the form reports it.
 */
final class ChoiceEditor extends LeafEditor {

    private final Shape shape;
    private final Supplier<List<String>> offered;
    private final Select<String> select = new Select<>();
    private List<String> items = List.of();
    private boolean refreshing;

    ChoiceEditor(FormContext context, String labelKey, Shape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        this.offered = switch (shape) {
            case EnumShape choices -> choices::values;
            case ReferenceShape reference -> () -> reference.source().values(
                    new ReferenceScope(context.spec(), this::enclosingObjects));
            default -> throw new IllegalArgumentException("not a choice: " + shape);
        };
        select.setLabel(label());
        // wide enough for "Not set (the default)" and the longer values in French
        select.setMinWidth("18em");
        select.setHelperText(context.help(labelKey));
        select.setManualValidation(true);
        select.setRequiredIndicatorVisible(required);
        select.setEmptySelectionAllowed(!required);
        select.setEmptySelectionCaption(context.text("shape.form.not-set"));
        if (shape instanceof EnumShape) {
            select.setItemLabelGenerator(v -> v == null ? context.text("shape.form.not-set")
                    : context.valueLabel(labelKey, v));
        } else {
            select.setItemLabelGenerator(v -> v == null ? context.text("shape.form.not-set") : v);
        }
        select.addValueChangeListener(e -> {
            if (!refreshing) {
                inputChanged();
            }
        });
    }

    @Override
    Component component() {
        return select;
    }

    @Override
    HasValidation validation() {
        return select;
    }

    Select<String> select() {
        return select;
    }

    /** The values on offer now. */
    List<String> items() {
        return items;
    }

    @Override
    void setValue(Object value) {
        offer(value == null ? null : String.valueOf(value));
        resetInput();
    }

    @Override
    Object value() {
        return select.getValue();
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        check(shape, value(), path, required, out);
    }

    @Override
    void afterChange() {
        if (shape instanceof ReferenceShape) {
            offer(select.getValue());
        }
    }

    /** Offers the source's values, and the current one even when the source lost it. */
    private void offer(String current) {
        List<String> next = new ArrayList<>(offered.get());
        if (current != null && !next.contains(current)) {
            next.add(current);
        }
        refreshing = true;
        try {
            if (!next.equals(items)) {
                items = List.copyOf(next);
                select.setItems(items);
            }
            if (!Objects.equals(select.getValue(), current)) {
                select.setValue(current);
            }
        } finally {
            refreshing = false;
        }
    }
}
