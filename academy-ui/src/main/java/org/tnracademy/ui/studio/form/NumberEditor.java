package org.tnracademy.ui.studio.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.shape.DecimalShape;
import org.tnracademy.exercises.shape.IntegerShape;
import org.tnracademy.exercises.shape.Shape;

/**
 * A whole or decimal number typed in a text field and parsed here, so letters get a clear message
 * rather than a silent empty value. A decimal accepts a comma as separator (French keyboards).
 */
final class NumberEditor extends LeafEditor {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private final Shape shape;
    private final TextField field;

    NumberEditor(FormContext context, String labelKey, Shape shape, boolean required) {
        super(context, labelKey);
        if (!(shape instanceof IntegerShape) && !(shape instanceof DecimalShape)) {
            throw new IllegalArgumentException("not a number shape: " + shape);
        }
        this.shape = shape;
        field = new TextField(label());
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(required);
        field.setHelperText(context.help(labelKey));
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.setWidth("12em");
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

    TextField field() {
        return field;
    }

    @Override
    void setValue(Object value) {
        BigDecimal exact = ShapeChecker.exact(value);
        field.setValue(value == null ? "" : exact == null ? String.valueOf(value) : show(value, exact));
        resetInput();
    }

    @Override
    Object value() {
        String text = field.getValue().strip();
        return text.isEmpty() ? null : parse(text);
    }

    @Override
    String unreadable() {
        String text = field.getValue().strip();
        if (text.isEmpty() || parse(text) != null) {
            return null;
        }
        return context.text(shape instanceof IntegerShape ? "shape.problem.not-integer" : "shape.problem.not-number",
                text);
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        String text = field.getValue().strip();
        if (!text.isEmpty() && parse(text) == null) {
            out.add(InputProblem.of(path, labelKey, shape instanceof IntegerShape
                    ? "shape.problem.not-integer" : "shape.problem.not-number", text));
            return;
        }
        check(shape, value(), path, required, out);
    }

    /** The number typed, as YAML would read it (an Integer for whole numbers), or null when unreadable. */
    private Number parse(String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (WHOLE.matcher(plain).matches()) {
            BigDecimal whole = new BigDecimal(plain);
            if (whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                    && whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return whole.intValue();
            }
            return shape instanceof IntegerShape ? null : whole.doubleValue();
        }
        if (shape instanceof IntegerShape) {
            return null;
        }
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        try {
            double number = new BigDecimal(plain).doubleValue();
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String show(Object value, BigDecimal exact) {
        // a double keeps a decimal point so it reads back as a double, as it came
        String plain = exact.toPlainString();
        boolean fraction = value instanceof Double || value instanceof Float || value instanceof BigDecimal;
        return fraction && plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
}
