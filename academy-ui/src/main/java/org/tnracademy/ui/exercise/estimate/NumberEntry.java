package org.tnracademy.ui.exercise.estimate;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/**
 * A number with the question's unit beside it. It is a text field, not a number input, so that
 * "1 200" or a decimal comma is read the learner's way; the helper says what was read.
 */
class NumberEntry extends Composite<TextField> implements QuestionEntry {

    /** @param changed called after each value the learner enters */
    NumberEntry(EstimateQuestion question, Runnable changed) {
        TextField field = getContent();
        field.setLabel(question.prompt().in(getLocale()));
        field.setId("value-" + question.id());
        field.getElement().setAttribute(AnswerWorkspace.DRAFT_TEXT_ATTRIBUTE, true);
        field.setWidth("min(100%, 20rem)");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (question.unit() != null && !question.unit().isBlank()) {
            field.setSuffixComponent(new Span(question.unit()));
        }
        field.addValueChangeListener(e -> {
            check();
            changed.run();
        });
        check();
    }

    private InputReading<Double> check() {
        TextField field = getContent();
        InputReading<Double> reading = NumberText.read(field.getValue(), getLocale());
        field.setInvalid(reading.hasProblem());
        field.setErrorMessage(reading.hasProblem()
                ? getTranslation(reading.problemKey(), reading.problemParams().toArray()) : null);
        field.setHelperText(reading.value() == null ? getTranslation("estimate.number-help")
                : getTranslation("estimate.read-as", EstimateFormats.value(reading.value(), getLocale())));
        return reading;
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean isBlank() {
        return getContent().getValue().isBlank();
    }

    @Override
    public Object treeValue() {
        return NumberText.read(getContent().getValue(), getLocale()).value();
    }

    @Override
    public List<String> problems() {
        InputReading<Double> reading = check();
        return reading.hasProblem() ? List.of(getContent().getLabel() + ": " + getContent().getErrorMessage()) : List.of();
    }

    @Override
    public void restore(Object treeValue) {
        getContent().setValue(treeValue instanceof Number n ? EstimateFormats.exact(n.doubleValue(), getLocale()) : "");
        check();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getContent().setReadOnly(readOnly);
    }
}
