package org.tnracademy.ui.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.ItemNaming;
import org.tnracademy.exercises.calibration.Confidence;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidenceItems;
import org.tnracademy.exercises.calibration.ConfidencePolicy;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.i18n.Formats;

/**
 * Any type's workspace with the learner's confidence under it, for an exercise that asks for one:
 * one choice for the whole answer, or one per item the type lists. The answer stays the type's; the
 * confidence travels beside it ({@link #confidence()}) and in the draft under {@link #DRAFT_KEY}, so
 * a reload keeps it. A choice from 0 to 100 % in steps of 10, or "not given".
 */
public final class ConfidenceWorkspace implements AnswerWorkspace {

    /** Where the confidence sits in a draft tree; no type's answer has a field of this name. */
    static final String DRAFT_KEY = "confidence";

    private final AnswerWorkspace inner;
    private final ConfidencePolicy policy;
    private final VerticalLayout root = new VerticalLayout();
    /** The answer's one field (per answer, under "") or one per item, in the type's order. */
    private final Map<String, Select<Integer>> fields = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    private ConfidenceWorkspace(AnswerWorkspace inner, ExerciseSheet sheet) {
        this.inner = inner;
        this.policy = sheet.policy().confidence();
        root.setPadding(false);
        root.add(inner.component());
        Div panel = new Div();
        panel.setId("confidence-panel");
        panel.addClassName("academy-confidence");
        root.add(panel);
        boolean perItem = policy.ask() == ConfidenceAsk.PER_ITEM;
        H3 title = new H3(root.getTranslation(perItem ? "calibration.ask.items" : "calibration.ask.answer"));
        Paragraph note = new Paragraph(policy.counts()
                ? root.getTranslation("calibration.ask.counts", Formats.percent(policy.weight(), locale()))
                : root.getTranslation("calibration.ask.shown"));
        panel.add(title, note);
        if (perItem) {
            ExerciseType<?, ?, ?> type = ExerciseTypes.get(sheet.type());
            List<String> items = ConfidenceItems.ofSpec(type, sheet.spec());
            ItemNaming naming = ConfidenceItems.naming(type, sheet.spec(), items);
            int n = 0;
            for (String item : items) {
                n++;
                ItemNaming.Item name = naming.items().get(item);
                String label = name == null ? root.getTranslation("calibration.item", n)
                        : root.getTranslation("item-kind." + name.kind().name(), name.position(),
                                name.text().in(locale()));
                panel.add(field(item, label, "confidence-item-" + n));
            }
        } else {
            panel.add(field("", root.getTranslation("calibration.ask.answer-label"), "confidence-answer"));
        }
        inner.addAnswerChangeListener(() -> listeners.forEach(Runnable::run));
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    /** The workspace itself when the exercise asks for no confidence. */
    public static AnswerWorkspace around(AnswerWorkspace inner, ExerciseSheet sheet) {
        return sheet.policy().confidence().asked() ? new ConfidenceWorkspace(inner, sheet) : inner;
    }

    private Select<Integer> field(String item, String label, String id) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(Confidence.scale());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(root.getTranslation("calibration.not-given"));
        select.setItemLabelGenerator(p -> p == null ? root.getTranslation("calibration.not-given")
                : Formats.percent(p / 100.0, locale()));
        select.setWidth("min(28rem, 100%)");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listeners.forEach(Runnable::run);
            }
        });
        fields.put(item, select);
        labels.put(item, label);
        return select;
    }

    /** The type's own workspace, which this one shows with the confidence fields under it. */
    public AnswerWorkspace inner() {
        return inner;
    }

    /** The confidence given so far, in the tree the core reads; null when none is given. */
    public Map<String, Object> confidence() {
        Map<String, Object> items = new LinkedHashMap<>();
        Integer answer = null;
        for (Map.Entry<String, Select<Integer>> f : fields.entrySet()) {
            Integer value = f.getValue().getValue();
            if (value == null) {
                continue;
            }
            if (f.getKey().isEmpty()) {
                answer = value;
            } else {
                items.put(f.getKey(), value);
            }
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        if (answer != null) {
            tree.put("answer", answer);
        }
        if (!items.isEmpty()) {
            tree.put("items", items);
        }
        return tree.isEmpty() ? null : tree;
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public Map<String, Object> answer() {
        return inner.answer();
    }

    @Override
    public boolean isEmpty() {
        return inner.isEmpty();
    }

    /** The type's own problems, and each confidence left out when the calibration counts (the core refuses those). */
    @Override
    public List<String> inputProblems() {
        List<String> problems = new ArrayList<>(inner.inputProblems());
        if (policy.counts()) {
            fields.forEach((item, f) -> {
                if (f.getValue() == null) {
                    problems.add(item.isEmpty() ? root.getTranslation("calibration.missing.answer")
                            : root.getTranslation("calibration.missing.item", labels.get(item)));
                }
            });
        }
        return problems;
    }

    @Override
    public int unansweredCount() {
        return inner.unansweredCount();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        inner.setReadOnly(readOnly);
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    @Override
    public void restore(Map<String, Object> answerTree) {
        inner.restore(answerTree);
    }

    @Override
    public Map<String, Object> draftTree() {
        Map<String, Object> tree = new LinkedHashMap<>(inner.draftTree());
        Map<String, Object> confidence = confidence();
        if (confidence != null) {
            tree.put(DRAFT_KEY, confidence);
        }
        return tree;
    }

    /** The answer to the type's workspace, the confidence to its fields; values off the scale are left out. */
    @Override
    public void restoreDraft(Map<String, Object> draftTree) {
        Map<String, Object> answer = new LinkedHashMap<>(draftTree);
        Object kept = answer.remove(DRAFT_KEY);
        inner.restoreDraft(answer);
        Confidence confidence = kept instanceof Map<?, ?> m ? Confidence.stored(typed(m)) : Confidence.NONE;
        fields.forEach((item, f) -> f.setValue(item.isEmpty() ? confidence.answer() : confidence.items().get(item)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> typed(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }

    @Override
    public void addAnswerChangeListener(Runnable listener) {
        listeners.add(listener);
    }
}
