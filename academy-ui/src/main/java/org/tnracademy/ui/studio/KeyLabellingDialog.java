package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.ui.exercise.ExerciseParts;
import org.tnracademy.ui.exercise.labelling.LabellingWorkspace;

/**
 * An item-labelling key labelled the way learners label: the learner's workspace over the draft's
 * dataset, preset with the key's labels. Its labels become the key's items; an item whose label is
 * unchanged keeps its explanation, any other gets an empty one to write in the grid (the draft's
 * check names each one still empty).
 */
final class KeyLabellingDialog extends Dialog {

    /** One key item as it will be written: the explanation is typed per language. */
    private static final class KeyRow {
        final String item;
        final String label;
        final Map<String, TextField> explanation = new LinkedHashMap<>();

        KeyRow(String item, String label, Map<String, String> explanation) {
            this.item = item;
            this.label = label;
            for (String lang : ContentLanguage.codes()) {
                TextField field = new TextField();
                field.setWidthFull();
                field.setId("key-explanation-" + item + "-" + lang);
                field.setValue(explanation.getOrDefault(lang, ""));
                this.explanation.put(lang, field);
            }
        }
    }

    private final ExerciseSheet sheet;
    private final DatasetService datasets;
    private final Map<String, Object> currentKey;
    private final Map<String, String> keyLabels = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> explanations = new LinkedHashMap<>();
    private final LabellingWorkspace workspace;
    private final Grid<KeyRow> rows = new Grid<>();
    private final Paragraph note = new Paragraph();
    private final Button apply = new Button();
    private List<KeyRow> taken = List.of();

    KeyLabellingDialog(ExerciseSheet sheet, DatasetService datasets, Map<String, Object> currentKey,
                       Consumer<Map<String, Object>> onApply) {
        this.sheet = sheet;
        this.datasets = datasets;
        this.currentKey = currentKey;
        setId("key-labelling");
        setHeaderTitle(getTranslation("exercise-draft.label-key.title", sheet.title().in(getLocale())));
        setWidth("90vw");
        readKey(currentKey);
        workspace = (LabellingWorkspace) ExerciseParts.workspace(sheet, datasets);
        workspace.setLabels(keyLabels);
        Button take = new Button(getTranslation("exercise-draft.label-key.take"), e -> take());
        take.setId("key-labelling-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        note.setId("key-labelling-note");
        rows.setId("key-labelling-explanations");
        rows.addColumn(r -> r.item).setHeader(getTranslation("exercise-draft.label-key.item")).setAutoWidth(true);
        rows.addColumn(r -> labelTitle(r.label)).setHeader(getTranslation("exercise-draft.label-key.label"))
                .setAutoWidth(true);
        for (String lang : ContentLanguage.codes()) {
            rows.addComponentColumn(r -> r.explanation.get(lang))
                    .setHeader(ContentLanguageLabels.of(this, "exercise-draft.label-key.explanation", lang))
                    .setFlexGrow(3);
        }
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
        apply.setText(getTranslation("exercise-draft.label-key.apply"));
        apply.setId("key-labelling-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> {
            onApply.accept(keyTree());
            close();
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("key-labelling-cancel");
        add(new Paragraph(getTranslation("exercise-draft.label-key.help")), workspace, take, note, rows);
        getFooter().add(new HorizontalLayout(cancel, apply));
    }

    /** The current key's label and explanation per item, if it has any. */
    @SuppressWarnings("unchecked")
    private void readKey(Map<String, Object> key) {
        if (!(key.get("items") instanceof List<?> items)) {
            return;
        }
        for (Object o : items) {
            if (o instanceof Map<?, ?> entry && entry.get("item") instanceof String item
                    && entry.get("label") instanceof String label) {
                keyLabels.put(item, label);
                explanations.put(item, entry.get("explanation") instanceof Map<?, ?> ex
                        ? (Map<String, String>) ex : Map.of());
            }
        }
    }

    /** The workspace's labels as key rows, in dataset order. */
    private void take() {
        @SuppressWarnings("unchecked")
        Map<String, String> labels = (Map<String, String>) workspace.answer().get("labels");
        List<KeyRow> list = new ArrayList<>();
        int fresh = 0;
        for (String item : datasets.itemKeys(sheet.datasetId())) {
            String label = labels.get(item);
            if (label == null) {
                continue;
            }
            boolean unchanged = label.equals(keyLabels.get(item));
            if (!unchanged) {
                fresh++;
            }
            list.add(new KeyRow(item, label, unchanged ? explanations.getOrDefault(item, Map.of()) : Map.of()));
        }
        taken = list;
        rows.setItems(taken);
        rows.setVisible(true);
        apply.setVisible(true);
        note.setText(getTranslation("exercise-draft.label-key.taken", list.size(), workspace.unansweredCount(), fresh));
    }

    /** The key with the labelled items; its other fields are kept as they were. */
    private Map<String, Object> keyTree() {
        Map<String, Object> tree = new LinkedHashMap<>(currentKey);
        List<Object> items = new ArrayList<>();
        for (KeyRow r : taken) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("item", r.item);
            entry.put("label", r.label);
            Map<String, String> explanation = new LinkedHashMap<>();
            r.explanation.forEach((lang, field) -> {
                if (!field.getValue().isBlank()) {
                    explanation.put(lang, field.getValue().strip());
                }
            });
            entry.put("explanation", explanation);
            items.add(entry);
        }
        tree.put("items", items);
        return tree;
    }

    private String labelTitle(String id) {
        return sheet.labels().stream().filter(l -> l.id().equals(id)).findFirst()
                .map(l -> l.title().in(getLocale())).orElse(id);
    }
}
