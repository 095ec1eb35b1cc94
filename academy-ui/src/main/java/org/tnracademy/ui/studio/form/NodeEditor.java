package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import org.tnracademy.exercises.shape.Shape;

/**
 * The fields of one node of a shape, reading a tree node in and writing one back. {@link ShapeForm}
 * builds a tree of editors mirroring the shape; each editor knows its parent so references can look
 * at the objects around them.
 */
abstract class NodeEditor {

    protected final FormContext context;
    protected final String labelKey;
    private NodeEditor parent;

    NodeEditor(FormContext context, String labelKey) {
        this.context = context;
        this.labelKey = labelKey;
    }

    abstract Component component();

    /** Shows a tree node; null shows an empty field. Never reports a change. */
    abstract void setValue(Object value);

    /** The tree node the fields hold, or null when empty (an optional field is then left out). */
    abstract Object value();

    /** Adds what the form can tell is wrong here: unreadable input, and the shape's own checks. */
    abstract void collect(String path, boolean required, List<InputProblem> out);

    /** Places a message on the field the remaining steps lead to, or on this node when they lead nowhere. */
    abstract void showProblem(List<String> steps, String message);

    abstract void clearProblems();

    /** After any change in the form: references look again at the trees, summaries are rewritten. */
    void afterChange() {
    }

    String label() {
        return context.text(labelKey);
    }

    void setParent(NodeEditor parent) {
        this.parent = parent;
    }

    /** The values of the objects enclosing this node, innermost first. */
    List<Map<String, Object>> enclosingObjects() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (NodeEditor at = parent; at != null; at = at.parent) {
            if (at instanceof ObjectEditor object) {
                objects.add(object.value());
            }
        }
        return objects;
    }

    /** The shape checks on a value of this node, with the objects around it for references. */
    void check(Shape shape, Object value, String path, boolean required, List<InputProblem> out) {
        new ShapeChecker(context.spec(), enclosingObjects(), out).check(shape, value, path, labelKey, required);
    }

    /** A message for a step this node cannot follow, so the author still sees where it was meant. */
    static String withRest(List<String> steps, String message) {
        return steps.isEmpty() ? message : ProblemPath.join(steps) + ": " + message;
    }
}
