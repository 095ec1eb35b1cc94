package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;

/**
 * An editor of one field that can show itself invalid: the message is the form's own (unreadable
 * input) and those {@link ShapeForm#showProblems} placed on it, together.
 */
abstract class LeafEditor extends NodeEditor {

    private final List<String> placed = new ArrayList<>();
    private String inputMessage;

    LeafEditor(FormContext context, String labelKey) {
        super(context, labelKey);
    }

    abstract HasValidation validation();

    /** The message of input this field cannot turn into a value, or null. */
    String unreadable() {
        return null;
    }

    /** Re-reads the input after the author typed: a field with unreadable input shows it at once. */
    void inputChanged() {
        inputMessage = unreadable();
        render();
        context.changed();
    }

    @Override
    void showProblem(List<String> steps, String message) {
        placed.add(withRest(steps, message));
        render();
    }

    @Override
    void clearProblems() {
        placed.clear();
        render();
    }

    private void render() {
        List<String> messages = new ArrayList<>();
        if (inputMessage != null) {
            messages.add(inputMessage);
        }
        messages.addAll(placed);
        validation().setInvalid(!messages.isEmpty());
        validation().setErrorMessage(messages.isEmpty() ? null : String.join("; ", messages));
    }

    void resetInput() {
        inputMessage = unreadable();
        render();
    }
}
