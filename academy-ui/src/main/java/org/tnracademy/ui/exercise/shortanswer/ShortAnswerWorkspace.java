package org.tnracademy.ui.exercise.shortanswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.shortanswer.AnswerNormalization;
import org.tnracademy.exercises.shortanswer.Blank;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * One text field per blank, labelled by the blank's prompt. The browser stops typing at the
 * blank's maximum length (it counts UTF-16 units, never fewer than the code points the reader
 * counts, so a value it lets through is never too long); a value set past it by other means is
 * marked at its field and left out of the answer.
 */
public class ShortAnswerWorkspace extends Composite<VerticalLayout> implements AnswerWorkspace {

    private final ShortAnswerSpec spec;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final AnswerChanges changes = new AnswerChanges();

    public ShortAnswerWorkspace(ShortAnswerSpec spec) {
        this.spec = spec;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("academy-short-answer-workspace");
        for (Blank blank : spec.blanks()) {
            root.add(field(blank));
        }
    }

    private TextField field(Blank blank) {
        TextField field = new TextField(blank.prompt().in(getLocale()));
        field.setId("blank-" + blank.id());
        field.getElement().setAttribute(DRAFT_TEXT_ATTRIBUTE, true);
        field.setMaxLength(blank.maxLength());
        field.setWidth(blank.maxLength() > 80 ? "100%" : "min(100%, 32rem)");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setHelperText(getTranslation("short-answer.max-length", blank.maxLength()));
        field.addValueChangeListener(e -> {
            check(blank, field);
            changes.fire();
        });
        fields.put(blank.id(), field);
        return field;
    }

    private void check(Blank blank, TextField field) {
        int length = AnswerNormalization.length(field.getValue());
        boolean tooLong = length > blank.maxLength();
        field.setInvalid(tooLong);
        field.setErrorMessage(tooLong ? getTranslation("short-answer.too-long", length, blank.maxLength()) : null);
    }

    @Override
    public Component component() {
        return this;
    }

    /** {@code {values: {handle: "@nadia_k_syn"}}}: blanks typed into and not too long, as typed. */
    @Override
    public Map<String, Object> answer() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Blank blank : spec.blanks()) {
            String value = fields.get(blank.id()).getValue();
            if (!value.isBlank() && AnswerNormalization.length(value) <= blank.maxLength()) {
                values.put(blank.id(), value);
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("values", values);
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return fields.values().stream().allMatch(f -> f.getValue().isBlank());
    }

    /**
     * What the learner typed that the answer cannot carry, one translated sentence per field, each
     * naming the blank; empty when everything typed is in the answer. The page shows these and
     * asks before submitting, since such values would count as unanswered.
     */
    public List<String> inputProblems() {
        List<String> problems = new ArrayList<>();
        for (Blank blank : spec.blanks()) {
            TextField field = fields.get(blank.id());
            check(blank, field);
            if (field.isInvalid()) {
                problems.add(field.getLabel() + ": " + field.getErrorMessage());
            }
        }
        return problems;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    /** {@code {values: {blank: "..."}}}: each blank of the spec gets its value, the others are emptied. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        Map<String, String> values = DraftTrees.texts(answerTree, "values");
        changes.restoring(() -> fields.forEach((id, field) -> field.setValue(values.getOrDefault(id, ""))));
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }
}
