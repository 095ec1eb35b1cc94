package org.tnracademy.ui.studio.form;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import org.tnracademy.exercises.shape.JsonShape;

/** A subtree as JSON text (a STIX bundle is JSON where it comes from), checked to parse into an object. */
final class JsonEditor extends LeafEditor {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final TextArea area;

    JsonEditor(FormContext context, String labelKey, boolean required) {
        super(context, labelKey);
        area = new TextArea(label());
        area.setWidthFull();
        area.setMaxHeight("30em");
        area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        area.setManualValidation(true);
        area.setRequiredIndicatorVisible(required);
        area.setHelperText(context.help(labelKey));
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
        area.setValue(value == null ? "" : JSON.writeValueAsString(value));
        resetInput();
    }

    @Override
    Object value() {
        String text = area.getValue();
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(text, Map.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    String unreadable() {
        InputProblem problem = parseProblem("");
        return problem == null ? null : context.message(problem);
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        InputProblem problem = parseProblem(path);
        if (problem != null) {
            out.add(problem);
        } else {
            check(new JsonShape(), value(), path, required, out);
        }
    }

    /** Why the text is no JSON object, with its line, or null when it is one (or empty). */
    private InputProblem parseProblem(String path) {
        String text = area.getValue();
        if (text.isBlank()) {
            return null;
        }
        try {
            JSON.readValue(text, Map.class);
            return null;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            return InputProblem.of(path, labelKey, "shape.problem.not-json", line, reason);
        }
    }
}
