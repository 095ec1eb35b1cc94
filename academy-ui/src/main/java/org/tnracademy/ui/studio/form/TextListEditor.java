package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.shape.TextListShape;

/** Short texts one per line; empty lines are dropped, the others kept exactly as typed. */
final class TextListEditor extends LeafEditor {

    private final TextListShape shape;
    private final TextArea area;

    TextListEditor(FormContext context, String labelKey, TextListShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        area = new TextArea(label());
        area.setWidthFull();
        area.setManualValidation(true);
        area.setRequiredIndicatorVisible(required);
        String help = context.help(labelKey);
        area.setHelperText(help == null ? context.text("shape.form.one-per-line")
                : help + " " + context.text("shape.form.one-per-line"));
        area.setValueChangeMode(ValueChangeMode.ON_BLUR);
        area.addValueChangeListener(e -> inputChanged());
    }

    @Override
    Component component() {
        return area;
    }

    @Override
    HasValidation validation() {
        return area;
    }

    TextArea area() {
        return area;
    }

    @Override
    void setValue(Object value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> lines.add(v == null ? "" : String.valueOf(v)));
        } else if (value != null) {
            lines.add(String.valueOf(value));
        }
        area.setValue(String.join("\n", lines));
        resetInput();
    }

    @Override
    Object value() {
        List<String> lines = new ArrayList<>();
        for (String line : area.getValue().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        Object value = value();
        check(shape, value == null && shape.min() > 0 ? List.of() : value, path, required, out);
    }
}
