package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A form for a spec or key tree of any exercise type, built from its {@link FormShape} (see
 * {@link ExerciseShapes}): {@link #setTree} shows a tree, {@link #tree} reads it back.
 *
 * <p>What {@link #tree} gives: the fields in the order they came, then new ones in the shape's
 * order; empty optional fields left out; fields the shape does not know (a key's {@code exercise:})
 * kept as they came and listed read-only under their object; a list entry never opened kept exactly
 * as it came. It is a fresh copy: changing it changes nothing in the form.
 *
 * <p>A key form looks up its references (labels, questions, options, posts...) in the spec tree
 * given to {@link #setSpecTree}.
 */
public class ShapeForm extends Composite<VerticalLayout> {

    private final FormShape shape;
    private final FormContext context;
    private final ObjectEditor root;
    private final Span unplaced = ProblemText.span();
    private final List<Runnable> listeners = new ArrayList<>();
    private Map<String, Object> spec = Map.of();

    public ShapeForm(FormShape shape) {
        this.shape = Objects.requireNonNull(shape, "shape");
        context = new FormContext(this, () -> spec, this::changed);
        root = new ObjectEditor(context, shape.labelPrefix(), shape.root(), true);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setWidthFull();
        layout.add(unplaced, root.component());
        setTree(Map.of());
    }

    public FormShape shape() {
        return shape;
    }

    /** Shows a tree (null shows an empty form), with every entry closed and no problem shown; never reports a change. */
    public void setTree(Map<String, Object> tree) {
        Map<String, Object> copy = Trees.copy(tree == null ? Map.of() : tree);
        context.load(() -> {
            root.setValue(copy);
            root.clearProblems();
            ProblemText.show(unplaced, List.of());
            root.afterChange();
        });
    }

    /** The tree the form holds now, as described on the class. */
    public Map<String, Object> tree() {
        return Trees.copy(root.value());
    }

    /** The spec a key form refers to; offered values follow it at once. */
    public void setSpecTree(Map<String, Object> specTree) {
        spec = specTree == null ? Map.of() : Trees.copy(specTree);
        context.load(root::afterChange);
    }

    /**
     * What the form can already tell is wrong, one line each: the field's label, its path and the
     * reason ({@code Option id (questions[0].options[2].id): is required}). Empty when nothing is.
     */
    public List<String> inputProblems() {
        List<String> lines = new ArrayList<>();
        for (InputProblem problem : inputProblemDetails()) {
            lines.add(context.text("shape.form.problem", context.text(problem.labelKey()), problem.path(),
                    context.message(problem)));
        }
        return lines;
    }

    /** The same problems as {@link #inputProblems}, with paths and i18n keys for callers that place them. */
    public List<InputProblem> inputProblemDetails() {
        List<InputProblem> problems = new ArrayList<>();
        root.collect("", true, problems);
        return problems;
    }

    /**
     * Shows the type's own problems on their fields, replacing those shown before. Paths are the
     * type's ({@code questions[1].options[0].id}, {@code prompt.en}, {@code explanations.acct-02}),
     * with or without a leading {@code spec.} or {@code key.}; a closed entry they point into opens.
     * A path that names no field of the form is listed at the top of the form.
     */
    public void showProblems(Map<String, String> problemsByPath) {
        root.clearProblems();
        List<String> elsewhere = new ArrayList<>();
        new LinkedHashMap<>(problemsByPath).forEach((path, message) -> {
            List<String> steps = ProblemPath.steps(path == null ? "" : path);
            if (steps.size() > 1 && !root.knows(steps.getFirst())
                    && (steps.getFirst().equals("spec") || steps.getFirst().equals("key"))) {
                steps = steps.subList(1, steps.size());
            }
            if (!steps.isEmpty() && root.knows(steps.getFirst())) {
                root.showProblem(steps, message);
            } else {
                elsewhere.add(path == null || path.isEmpty() ? message : path + ": " + message);
            }
        });
        ProblemText.show(unplaced, elsewhere);
    }

    /** Called after every change the author makes (not after {@link #setTree}). */
    public Registration addValueChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The editor of the root object, for tests in this package. */
    ObjectEditor root() {
        return root;
    }

    private void changed() {
        context.load(root::afterChange);
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
