package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.core.policy.AttemptPolicy;

/** The hints of an exercise draft, one row each (text per language, cost), and a button to add one. */
final class HintsEditor extends VerticalLayout {

    /** One hint as typed: its text per language and its cost as a share of the score. */
    private record HintRow(HorizontalLayout row, TextField en, TextField fr, TextField cost) {
    }

    private final VerticalLayout hintRows = new VerticalLayout();
    private final List<HintRow> hints = new ArrayList<>();

    HintsEditor() {
        setPadding(false);
        hintRows.setPadding(false);
        hintRows.setId("exercise-hints");
        Button addHint = new Button(getTranslation("exercise-draft.hint.add"), e -> addHint(null));
        addHint.setId("exercise-add-hint");
        add(hintRows, addHint);
    }

    /** Shows these hints, replacing what was typed. */
    void show(List<AttemptPolicy.Hint> shown) {
        hints.clear();
        hintRows.removeAll();
        shown.forEach(this::addHint);
    }

    /** The hints as typed; null, with the reason given to {@code refuse}, when a cost is not a number. */
    List<AttemptPolicy.Hint> typed(Consumer<String> refuse) {
        List<AttemptPolicy.Hint> typedHints = new ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            HintRow h = hints.get(i);
            double cost;
            try {
                cost = Double.parseDouble(h.cost().getValue().strip().replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                refuse.accept(getTranslation("exercise-draft.error.hint-cost", i + 1, h.cost().getValue()));
                return null;
            }
            typedHints.add(new AttemptPolicy.Hint(ExerciseEditorView.texts(Map.of("en", h.en().getValue(), "fr", h.fr().getValue())),
                    cost));
        }
        return typedHints;
    }

    private void addHint(AttemptPolicy.Hint hint) {
        int index = hints.size() + 1;
        TextField en = new TextField(getTranslation("exercise-draft.hint.en"));
        TextField fr = new TextField(getTranslation("exercise-draft.hint.fr"));
        TextField cost = new TextField(getTranslation("exercise-draft.hint.cost"));
        en.setWidth("24em");
        fr.setWidth("24em");
        cost.setWidth("8em");
        cost.setHelperText(getTranslation("exercise-draft.hint.cost.help", AttemptPolicy.MAX_HINT_COST));
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HintRow hintRow = new HintRow(row, en, fr, cost);
        Button remove = new Button(getTranslation("exercise-draft.hint.remove"), e -> {
            hints.remove(hintRow);
            hintRows.remove(row);
        });
        en.setId("exercise-hint-" + index + "-en");
        fr.setId("exercise-hint-" + index + "-fr");
        cost.setId("exercise-hint-" + index + "-cost");
        remove.setId("exercise-hint-" + index + "-remove");
        if (hint != null) {
            en.setValue(hint.text().byLanguage().getOrDefault("en", ""));
            fr.setValue(hint.text().byLanguage().getOrDefault("fr", ""));
            cost.setValue(String.valueOf(hint.cost()));
        }
        row.add(en, fr, cost, remove);
        hints.add(hintRow);
        hintRows.add(row);
    }
}
