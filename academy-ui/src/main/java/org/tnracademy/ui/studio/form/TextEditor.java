package org.tnracademy.ui.studio.form;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.shape.TextShape;

/** A text on one line or several. */
final class TextEditor extends LeafEditor {

    private final TextShape shape;
    private final TextFieldBase<?, String> field;

    TextEditor(FormContext context, String labelKey, TextShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        if (shape.multiLine()) {
            TextArea area = new TextArea(label());
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.ON_BLUR);
            field = area;
        } else {
            TextField line = new TextField(label());
            line.setWidthFull();
            line.setMaxWidth("40em");
            line.setValueChangeMode(ValueChangeMode.ON_BLUR);
            field = line;
        }
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(required);
        field.setHelperText(context.help(labelKey));
        field.addValueChangeListener(e -> inputChanged());
    }

    @Override
    Component component() {
        return field;
    }

    @Override
    HasValidation validation() {
        return field;
    }

    /** The text field itself, for tests and for the form's focus. */
    TextFieldBase<?, String> field() {
        return field;
    }

    @Override
    void setValue(Object value) {
        field.setValue(value == null ? "" : String.valueOf(value));
        resetInput();
    }

    @Override
    Object value() {
        String text = field.getValue();
        return text == null || text.isEmpty() ? null : text;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        check(shape, value(), path, required, out);
    }
}
