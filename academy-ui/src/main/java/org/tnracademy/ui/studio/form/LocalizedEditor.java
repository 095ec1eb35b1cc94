package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.shape.LocalizedTextShape;

/**
 * A text per language: an English and a French field, each labelled with the field's name and its
 * language. Languages other than these two found in the tree are kept as they are.
 */
final class LocalizedEditor extends NodeEditor {

    private final LocalizedTextShape shape;
    private final TextFieldBase<?, String> english;
    private final TextFieldBase<?, String> french;
    private final Span otherProblems = ProblemText.span();
    private final VerticalLayout layout = new VerticalLayout();
    private final List<String> englishMessages = new ArrayList<>();
    private final List<String> frenchMessages = new ArrayList<>();
    private final List<String> otherMessages = new ArrayList<>();
    private Map<String, Object> others = Map.of();

    LocalizedEditor(FormContext context, String labelKey, LocalizedTextShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        english = field(context.text("shape.form.in-english", label()));
        french = field(context.text("shape.form.in-french", label()));
        english.setRequiredIndicatorVisible(required);
        english.setHelperText(context.help(labelKey));
        FlexLayout both = new FlexLayout(english, french);
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-m)");
        both.setWidthFull();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(both, otherProblems);
    }

    private TextFieldBase<?, String> field(String label) {
        TextFieldBase<?, String> field = shape.multiLine() ? new TextArea(label) : new TextField(label);
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.getStyle().set("flex", shape.multiLine() ? "1 1 28em" : "1 1 18em");
        field.addValueChangeListener(e -> context.changed());
        return field;
    }

    @Override
    Component component() {
        return layout;
    }

    TextFieldBase<?, String> english() {
        return english;
    }

    TextFieldBase<?, String> french() {
        return french;
    }

    @Override
    void setValue(Object value) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> texts.put(String.valueOf(language), text));
        } else if (value instanceof String text) {
            texts.put(LocalizedTextShape.ENGLISH, text);
        }
        english.setValue(asText(texts.remove(LocalizedTextShape.ENGLISH)));
        french.setValue(asText(texts.remove(LocalizedTextShape.FRENCH)));
        others = texts;
    }

    private static String asText(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    Object value() {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (!english.getValue().isEmpty()) {
            texts.put(LocalizedTextShape.ENGLISH, english.getValue());
        }
        if (!french.getValue().isEmpty()) {
            texts.put(LocalizedTextShape.FRENCH, french.getValue());
        }
        texts.putAll(others);
        return texts.isEmpty() ? null : texts;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        check(shape, value(), path, required, out);
    }

    @Override
    void showProblem(List<String> steps, String message) {
        if (steps.isEmpty() || steps.getFirst().equals(LocalizedTextShape.ENGLISH)) {
            englishMessages.add(withRest(steps.isEmpty() ? steps : steps.subList(1, steps.size()), message));
        } else if (steps.getFirst().equals(LocalizedTextShape.FRENCH)) {
            frenchMessages.add(withRest(steps.subList(1, steps.size()), message));
        } else {
            otherMessages.add(withRest(steps, message));
        }
        render();
    }

    @Override
    void clearProblems() {
        englishMessages.clear();
        frenchMessages.clear();
        otherMessages.clear();
        render();
    }

    private void render() {
        show(english, englishMessages);
        show(french, frenchMessages);
        ProblemText.show(otherProblems, otherMessages);
    }

    private static void show(TextFieldBase<?, String> field, List<String> messages) {
        field.setInvalid(!messages.isEmpty());
        field.setErrorMessage(messages.isEmpty() ? null : String.join("; ", messages));
    }
}
