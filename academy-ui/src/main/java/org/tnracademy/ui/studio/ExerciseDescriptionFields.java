package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;

/** What an exercise draft says of itself: its module, title and instructions per language, level and forms. */
final class ExerciseDescriptionFields extends VerticalLayout {

    private final Select<String> module = new Select<>();
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextArea> instructions = new LinkedHashMap<>();
    private final Select<String> level = new Select<>();
    private final MultiSelectComboBox<String> forms = new MultiSelectComboBox<>();

    ExerciseDescriptionFields() {
        setPadding(false);
        module.setId("exercise-module");
        module.setLabel(getTranslation("exercise-draft.module"));
        LanguageFieldsRow titleRow = new LanguageFieldsRow("18em");
        LanguageFieldsRow instructionRow = new LanguageFieldsRow("24em");
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "exercise-draft.title", lang));
            title.setId("exercise-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            title.setWidthFull();
            titles.put(lang, title);
            titleRow.addField(title);
            TextArea text = new TextArea(ContentLanguageLabels.of(this, "exercise-draft.instructions", lang));
            text.setId("exercise-instructions-" + lang);
            text.setWidthFull();
            text.setMinHeight("8em");
            instructions.put(lang, text);
            instructionRow.addField(text);
        }
        level.setId("exercise-level");
        level.setLabel(getTranslation("exercise-draft.level"));
        level.setItems(CourseLevel.ids());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("exercise-draft.level.none"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("exercise-draft.level.none")
                : getTranslation(CourseLevel.i18nKey(l)));
        forms.setId("exercise-forms");
        forms.setLabel(getTranslation("exercise-draft.forms"));
        forms.setItems(RepressionForm.ids());
        forms.setItemLabelGenerator(f -> getTranslation(RepressionForm.i18nKey(f)));
        forms.setWidth("30em");
        HorizontalLayout whereRow = new HorizontalLayout(module, level, forms);
        whereRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(whereRow, titleRow, instructionRow);
    }

    /** The modules the exercise may be in: id to title. */
    void setModules(Map<String, String> moduleTitles) {
        module.setItems(moduleTitles.keySet());
        module.setItemLabelGenerator(id -> moduleTitles.getOrDefault(id, id));
    }

    /** Shows the sheet's description, replacing what was typed. */
    void show(ExerciseDraftSheet sheet) {
        module.setValue(sheet.moduleId());
        titles.forEach((lang, f) -> f.setValue(sheet.title().byLanguage().getOrDefault(lang, "")));
        instructions.forEach((lang, f) -> f.setValue(sheet.instructions().byLanguage().getOrDefault(lang, "")));
        level.setValue(sheet.level());
        forms.setValue(new LinkedHashSet<>(sheet.forms()));
    }

    String moduleId() {
        return module.getValue();
    }

    LocalizedText titles() {
        Map<String, String> typed = new LinkedHashMap<>();
        titles.forEach((lang, f) -> typed.put(lang, f.getValue()));
        return ExerciseEditorView.texts(typed);
    }

    LocalizedText instructions() {
        Map<String, String> typed = new LinkedHashMap<>();
        instructions.forEach((lang, f) -> typed.put(lang, f.getValue()));
        return ExerciseEditorView.texts(typed);
    }

    String level() {
        return level.getValue();
    }

    /** The forms chosen, in the pack format's order. */
    List<String> forms() {
        return RepressionForm.ids().stream().filter(forms.getSelectedItems()::contains).toList();
    }
}
