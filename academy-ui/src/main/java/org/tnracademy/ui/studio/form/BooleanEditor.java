package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** true or false, as a checkbox; a checkbox cannot be invalid, so messages go in a line below it. */
final class BooleanEditor extends NodeEditor {

    private final Checkbox box;
    private final Span error = ProblemText.span();
    private final VerticalLayout layout = new VerticalLayout();
    private final List<String> placed = new ArrayList<>();

    BooleanEditor(FormContext context, String labelKey) {
        super(context, labelKey);
        box = new Checkbox(label());
        String help = context.help(labelKey);
        if (help != null) {
            box.setHelperText(help);
        }
        box.addValueChangeListener(e -> context.changed());
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(box, error);
    }

    @Override
    Component component() {
        return layout;
    }

    Checkbox box() {
        return box;
    }

    @Override
    void setValue(Object value) {
        box.setValue(Boolean.TRUE.equals(value));
    }

    @Override
    Object value() {
        return box.getValue();
    }

    @Override
    void collect(String path, boolean required, List<InputProblem> out) {
        // a checkbox always holds true or false
    }

    @Override
    void showProblem(List<String> steps, String message) {
        placed.add(withRest(steps, message));
        ProblemText.show(error, placed);
    }

    @Override
    void clearProblems() {
        placed.clear();
        ProblemText.show(error, placed);
    }
}
