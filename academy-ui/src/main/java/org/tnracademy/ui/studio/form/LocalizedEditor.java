package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.shape.LocalizedTextShape;
import org.tnracademy.ui.i18n.ContentLanguageLabels;

/**
 * A text per content language: the English field, which is required, and the translations folded
 * under it (five languages of every text would bury a form), opened as soon as one is written or
 * has a problem. Languages the academy does not teach in, found in the tree, are kept as they are.
 */
final class LocalizedEditor extends NodeEditor {

    private final LocalizedTextShape shape;
    private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> messages = new LinkedHashMap<>();
    private final Details translations = new Details();
    private final Span otherProblems = ProblemText.span();
    private final VerticalLayout layout = new VerticalLayout();
    private final List<String> otherMessages = new ArrayList<>();
    private Map<String, Object> others = Map.of();

    LocalizedEditor(FormContext context, String labelKey, LocalizedTextShape shape, boolean required) {
        super(context, labelKey);
        this.shape = shape;
        FlexLayout translated = new FlexLayout();
        translated.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        translated.getStyle().set("gap", "var(--lumo-space-m)");
        translated.setWidthFull();
        for (String lang : ContentLanguage.codes()) {
            TextFieldBase<?, String> field = field(context.text("shape.form.in-language", label(),
                    context.text(ContentLanguageLabels.inlineKey(lang))));
            fields.put(lang, field);
            messages.put(lang, new ArrayList<>());
            if (!lang.equals(LocalizedTextShape.ENGLISH)) {
                translated.add(field);
            }
        }
        english().setRequiredIndicatorVisible(required);
        english().setHelperText(context.help(labelKey));
        english().setWidthFull();
        translations.setSummaryText(context.text("shape.form.translations", label()));
        translations.add(translated);
        translations.setWidthFull();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(english(), translations, otherProblems);
    }

    private TextFieldBase<?, String> field(String label) {
        TextFieldBase<?, String> field = shape.multiLine() ? new TextArea(label) : new TextField(label);
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        field.getStyle().set("flex", shape.multiLine() ? "1 1 28em" : "1 1 18em")
                .set("min-width", "min(18em, 100%)");
        field.addValueChangeListener(e -> context.changed());
        return field;
    }

    @Override
    Component component() {
        return layout;
    }

    TextFieldBase<?, String> english() {
        return in(LocalizedTextShape.ENGLISH);
    }

    TextFieldBase<?, String> french() {
        return in(LocalizedTextShape.FRENCH);
    }

    /** The field of one content language. */
    TextFieldBase<?, String> in(String language) {
        return fields.get(language);
    }

    boolean translationsShown() {
        return translations.isOpened();
    }

    @Override
    void setValue(Object value) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> texts.put(String.valueOf(language), text));
        } else if (value instanceof String text) {
            texts.put(LocalizedTextShape.ENGLISH, text);
        }
        boolean translated = false;
        for (Map.Entry<String, TextFieldBase<?, String>> field : fields.entrySet()) {
            String text = asText(texts.remove(field.getKey()));
            field.getValue().setValue(text);
            translated |= !field.getKey().equals(LocalizedTextShape.ENGLISH) && !text.isEmpty();
        }
        if (translated) {
            translations.setOpened(true);
        }
        others = texts;
    }

    private static String asText(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    Object value() {
        Map<String, Object> texts = new LinkedHashMap<>();
        fields.forEach((language, field) -> {
            if (!field.getValue().isEmpty()) {
                texts.put(language, field.getValue());
            }
        });
        texts.putAll(others);
        return texts.isEmpty() ? null : texts;
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        check(shape, value(), path, required, out);
    }

    @Override
    void showProblem(List<String> steps, String message) {
        if (steps.isEmpty()) {
            messages.get(LocalizedTextShape.ENGLISH).add(withRest(steps, message));
        } else if (fields.containsKey(steps.getFirst())) {
            messages.get(steps.getFirst()).add(withRest(steps.subList(1, steps.size()), message));
            if (!steps.getFirst().equals(LocalizedTextShape.ENGLISH)) {
                translations.setOpened(true);
            }
        } else {
            otherMessages.add(withRest(steps, message));
        }
        render();
    }

    @Override
    void clearProblems() {
        messages.values().forEach(List::clear);
        otherMessages.clear();
        render();
    }

    private void render() {
        fields.forEach((language, field) -> show(field, messages.get(language)));
        ProblemText.show(otherProblems, otherMessages);
    }

    private static void show(TextFieldBase<?, String> field, List<String> messages) {
        field.setInvalid(!messages.isEmpty());
        field.setErrorMessage(messages.isEmpty() ? null : String.join("; ", messages));
    }
}
