package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.shared.Registration;
import org.tnracademy.core.studio.DraftYaml;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.ui.studio.form.FormShape;
import org.tnracademy.ui.studio.form.InputProblem;
import org.tnracademy.ui.studio.form.ShapeForm;

/**
 * A spec or key edited in the type's structured form, or, for those who prefer it, as YAML in the
 * pack's own format. Switching carries the tree across; YAML that cannot be read stays in YAML mode
 * with its line, so nothing typed is lost in a switch.
 */
final class FormOrYamlTreeEditor implements TreeEditor {

    enum Mode { FORM, YAML }

    private static final Set<String> UNREADABLE = Set.of("shape.problem.not-integer", "shape.problem.not-number",
            "shape.problem.not-json");

    private final ShapeForm form;
    private final YamlTreeEditor yaml;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Paragraph switchError = new Paragraph();
    private final Div body = new Div();
    private final VerticalLayout layout = new VerticalLayout();
    /** True while a refused switch puts the mode back, so that change is not a switch of its own. */
    private boolean reverting;

    FormOrYamlTreeEditor(Component owner, FormShape shape, String label, String id) {
        form = new ShapeForm(shape);
        form.setId(id + "-form");
        yaml = new YamlTreeEditor(label, id);
        mode.setId(id + "-mode");
        mode.setLabel(label);
        mode.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> owner.getTranslation("exercise-draft.editor-mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
        mode.setValue(Mode.FORM);
        switchError.setId(id + "-mode-error");
        switchError.getStyle().set("color", "var(--lumo-error-text-color)");
        switchError.setVisible(false);
        body.setWidthFull();
        body.add(form);
        mode.addValueChangeListener(e -> switchTo(e.getValue(), e.getOldValue(), owner));
        layout.setPadding(false);
        layout.add(mode, switchError, body);
    }

    private void switchTo(Mode next, Mode previous, Component owner) {
        if (reverting || next == previous) {
            return;
        }
        switchError.setVisible(false);
        if (next == Mode.YAML) {
            yaml.show(form.tree());
            body.removeAll();
            body.add(yaml.component());
            return;
        }
        try {
            form.setTree(yaml.tree());
            body.removeAll();
            body.add(form);
        } catch (DraftYaml.NotATreeException bad) {
            switchError.setText(owner.getTranslation("exercise-draft.editor-mode.unreadable", bad.line(),
                    ProblemTexts.of(owner, bad.problem())));
            switchError.setVisible(true);
            reverting = true;
            mode.setValue(Mode.YAML);
            reverting = false;
        }
    }

    /** The structured form, for a key form that offers the spec's ids. */
    ShapeForm form() {
        return form;
    }

    Mode mode() {
        return mode.getValue();
    }

    /** Called on every edit in the form (not on {@link #show}). */
    Registration addFormChangeListener(Runnable listener) {
        return form.addValueChangeListener(listener);
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public void show(Map<String, Object> tree) {
        form.setTree(tree);
        yaml.show(tree);
        switchError.setVisible(false);
    }

    @Override
    public Map<String, Object> tree() {
        return mode.getValue() == Mode.YAML ? yaml.tree() : form.tree();
    }

    @Override
    public int lineOf(String field) {
        return mode.getValue() == Mode.YAML ? yaml.lineOf(field) : 0;
    }

    /**
     * Only what the tree cannot hold (letters in a number, broken JSON): a missing or out-of-range
     * value is the draft check's to report, and a draft with problems is still saved.
     */
    @Override
    public List<String> inputProblems() {
        if (mode.getValue() == Mode.YAML) {
            return List.of();
        }
        List<String> unreadable = new ArrayList<>();
        List<InputProblem> details = form.inputProblemDetails();
        List<String> lines = form.inputProblems();
        for (int i = 0; i < details.size(); i++) {
            if (UNREADABLE.contains(details.get(i).messageKey())) {
                unreadable.add(lines.get(i));
            }
        }
        return unreadable;
    }

    @Override
    public void showProblems(Map<String, String> problemsByPath) {
        if (mode.getValue() == Mode.FORM) {
            form.showProblems(problemsByPath);
        }
    }
}
