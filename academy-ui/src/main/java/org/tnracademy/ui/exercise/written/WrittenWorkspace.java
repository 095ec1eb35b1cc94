package org.tnracademy.ui.exercise.written;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.exercise.workspace.AnswerChanges;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.workspace.DraftTrees;

/**
 * A text area for the analysis beside the rubric it will be graded on. The count of characters
 * (code points, as the grader counts) follows the text as the learner types. The limit is not
 * enforced by the browser, which would silently cut a pasted draft; a text over it is marked at
 * the field instead, with how much to cut.
 */
public class WrittenWorkspace extends Composite<FlexLayout> implements AnswerWorkspace {

    /** How often the text reaches the server while the learner types, and with it the draft. */
    static final int SYNC_MILLIS = 2000;

    private final WrittenSpec spec;
    private final TextArea text = new TextArea();
    private final AnswerChanges changes = new AnswerChanges();

    public WrittenWorkspace(WrittenSpec spec) {
        this.spec = spec;
        FlexLayout root = getContent();
        root.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        root.getStyle().set("gap", "var(--lumo-space-l)");
        root.setWidthFull();

        text.setLabel(getTranslation("written.label"));
        text.setId("written-text");
        text.getElement().setAttribute(DRAFT_TEXT_ATTRIBUTE, true);
        // at most every two seconds while typing, not only after a pause: a long essay stays saved
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(SYNC_MILLIS);
        text.setMinHeight("20rem");
        text.setMaxHeight("70vh");
        text.addValueChangeListener(e -> {
            check();
            changes.fire();
        });
        RubricView rubric = new RubricView(spec);
        root.add(text, rubric);
        root.setFlexBasis("28rem", text);
        root.setFlexGrow(2, text);
        root.setFlexBasis("18rem", rubric);
        root.setFlexGrow(1, rubric);
        check();
    }

    /** Updates the count and marks a text over the limit. */
    private void check() {
        int length = length();
        text.setHelperText(getTranslation("written.count", length,
                spec.maxLength()));
        boolean tooLong = length > spec.maxLength();
        text.setInvalid(tooLong);
        text.setErrorMessage(tooLong ? getTranslation("written.too-long",
                length - spec.maxLength(), spec.maxLength())
                : null);
    }

    private int length() {
        String value = text.getValue();
        return value.codePointCount(0, value.length());
    }

    @Override
    public Component component() {
        return this;
    }

    /** {@code {text: "..."}}, as typed. */
    @Override
    public Map<String, Object> answer() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", text.getValue());
        return tree;
    }

    @Override
    public boolean isEmpty() {
        return text.getValue().isBlank();
    }

    /**
     * Why the text cannot be submitted as it is (over the limit), as translated sentences; empty
     * when it can. The page shows these instead of submitting: the grader would refuse the text.
     */
    public List<String> inputProblems() {
        check();
        return text.isInvalid() ? List.of(text.getErrorMessage()) : List.of();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    /** {@code {text: "..."}}: the text as it was, over the limit or not, for the learner to go on with. */
    @Override
    public void restore(Map<String, Object> answerTree) {
        String saved = DraftTrees.text(answerTree, "text");
        changes.restoring(() -> text.setValue(saved == null ? "" : saved));
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        changes.add(listener);
    }
}
