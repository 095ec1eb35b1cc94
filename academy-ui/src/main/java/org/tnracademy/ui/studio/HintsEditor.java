package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.ui.i18n.ContentLanguageLabels;

/** The hints of an exercise draft, one row each (text per language, cost), and a button to add one. */
final class HintsEditor extends VerticalLayout {

    /** One hint as typed: its text per language and its cost as a share of the score. */
    private record HintRow(HorizontalLayout row, Map<String, TextField> texts, TextField cost) {
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
            Map<String, String> texts = new LinkedHashMap<>();
            h.texts().forEach((lang, field) -> texts.put(lang, field.getValue()));
            typedHints.add(new AttemptPolicy.Hint(ExerciseEditorView.texts(texts), cost));
        }
        return typedHints;
    }

    private void addHint(AttemptPolicy.Hint hint) {
        int index = hints.size() + 1;
        Map<String, TextField> texts = new LinkedHashMap<>();
        for (String lang : ContentLanguage.codes()) {
            TextField text = new TextField(ContentLanguageLabels.of(this, "exercise-draft.hint", lang));
            text.setWidth("min(24em, 100%)");
            text.setId("exercise-hint-" + index + "-" + lang);
            if (hint != null) {
                text.setValue(hint.text().byLanguage().getOrDefault(lang, ""));
            }
            texts.put(lang, text);
        }
        TextField cost = new TextField(getTranslation("exercise-draft.hint.cost"));
        cost.setWidth("8em");
        cost.setHelperText(getTranslation("exercise-draft.hint.cost.help", AttemptPolicy.MAX_HINT_COST));
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // a hint in five languages and its cost: wrap rather than run off the page
        row.setWrap(true);
        HintRow hintRow = new HintRow(row, texts, cost);
        Button remove = new Button(getTranslation("exercise-draft.hint.remove"), e -> {
            hints.remove(hintRow);
            hintRows.remove(row);
        });
        cost.setId("exercise-hint-" + index + "-cost");
        remove.setId("exercise-hint-" + index + "-remove");
        if (hint != null) {
            cost.setValue(String.valueOf(hint.cost()));
        }
        texts.values().forEach(row::add);
        row.add(cost, remove);
        hints.add(hintRow);
        hintRows.add(row);
    }
}
