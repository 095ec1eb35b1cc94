package org.tnracademy.ui.exercise.choice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.tnracademy.exercises.choice.ChoiceOption;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.choice.QuestionKind;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * The questions of a choice exercise, in spec order: a radio group for a single-choice question,
 * a checkbox group for a multiple-choice one. Both are native keyboard widgets (Tab between
 * questions, arrows or Space within one), labelled by the question's prompt.
 */
public class ChoiceWorkspace extends Composite<VerticalLayout> implements AnswerWorkspace {

    private final ChoiceSpec spec;
    /** One field per question, in spec order; a radio group's value is one option id, a checkbox group's a set. */
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Span answeredCount = new Span();
    private final AnswerChanges changes = new AnswerChanges();

    public ChoiceWorkspace(ChoiceSpec spec) {
        this.spec = spec;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("academy-choice-workspace");
        int number = 1;
        for (ChoiceQuestion question : spec.questions()) {
            root.add(questionSection(question, number++));
        }
        answeredCount.setId("choice-answered");
        answeredCount.getElement().setAttribute("aria-live", "polite");
        root.add(answeredCount);
        updateCount();
    }

    private Section questionSection(ChoiceQuestion question, int number) {
        H3 heading = new H3(getTranslation("choice.question", number, spec.questions().size()));
        Component field = question.kind() == QuestionKind.SINGLE ? radioGroup(question) : checkboxGroup(question);
        Section section = new Section(heading, field);
        section.setId("question-" + question.id());
        return section;
    }

    private RadioButtonGroup<String> radioGroup(ChoiceQuestion question) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(question.prompt().in(getLocale()));
        group.setId("choice-" + question.id());
        group.setItems(question.optionIds());
        group.setItemLabelGenerator(optionId -> optionText(question, optionId));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setHelperText(getTranslation("choice.pick-one"));
        group.addValueChangeListener(e -> {
            updateCount();
            changes.fire();
        });
        fields.put(question.id(), group);
        return group;
    }

    private CheckboxGroup<String> checkboxGroup(ChoiceQuestion question) {
        CheckboxGroup<String> group = new CheckboxGroup<>(question.prompt().in(getLocale()));
        group.setId("choice-" + question.id());
        group.setItems(question.optionIds());
        group.setItemLabelGenerator(optionId -> optionText(question, optionId));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText(getTranslation("choice.pick-all"));
        group.addValueChangeListener(e -> {
            updateCount();
            changes.fire();
        });
        fields.put(question.id(), group);
        return group;
    }

    private String optionText(ChoiceQuestion question, String optionId) {
        return question.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .map(ChoiceOption::text).map(t -> t.in(getLocale())).orElse(optionId);
    }

    @Override
    public Component component() {
        return this;
    }

    /** {@code {picks: {q1: [a], q2: [a, c]}}}: answered questions only, options in spec order. */
    @Override
    public Map<String, Object> answer() {
        Map<String, Object> picks = new LinkedHashMap<>();
        for (ChoiceQuestion question : spec.questions()) {
            List<String> picked = picked(question);
            if (!picked.isEmpty()) {
                picks.put(question.id(), picked);
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("picks", picks);
        return tree;
    }

    private List<String> picked(ChoiceQuestion question) {
        Object value = fields.get(question.id()).getValue();
        List<String> picked = new ArrayList<>();
        for (String optionId : question.optionIds()) {
            boolean chosen = value instanceof Set<?> set ? set.contains(optionId) : optionId.equals(value);
            if (chosen) {
                picked.add(optionId);
            }
        }
        return picked;
    }

    @Override
    public boolean isEmpty() {
        return answeredQuestions() == 0;
    }

    private int answeredQuestions() {
        return (int) spec.questions().stream().filter(q -> !picked(q).isEmpty()).count();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    /** {@code {picks: {q1: [a]}}}: options of the spec only; a single-choice question takes the first. */
    @Override
    @SuppressWarnings("unchecked")
    public void restore(Map<String, Object> answerTree) {
        Map<String, Object> picks = DraftTrees.map(answerTree, "picks");
        changes.restoring(() -> {
            for (ChoiceQuestion question : spec.questions()) {
                List<String> saved = DraftTrees.strings(picks.get(question.id()));
                Set<String> known = new LinkedHashSet<>(question.optionIds());
                known.retainAll(saved);
                HasValue<?, ?> field = fields.get(question.id());
                if (field instanceof RadioButtonGroup<?> radio) {
                    ((RadioButtonGroup<String>) radio).setValue(known.isEmpty() ? null : known.iterator().next());
                } else if (field instanceof CheckboxGroup<?> boxes) {
                    ((CheckboxGroup<String>) boxes).setValue(known);
                }
            }
        });
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }

    private void updateCount() {
        answeredCount.setText(getTranslation("choice.answered", answeredQuestions(), spec.questions().size()));
    }
}
