package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;

/** A module's title fields in the course editor, one per content language, as the module has them. */
final class ModuleTitleFields {

    private ModuleTitleFields() {
    }

    /** The fields by language code; {@code view} gives the labels in the reader's language. */
    static Map<String, TextField> of(Component view, String id, LocalizedText title) {
        Map<String, TextField> fields = new LinkedHashMap<>();
        for (String lang : ContentLanguage.codes()) {
            TextField field = new TextField(ContentLanguageLabels.of(view, "course-editor.module-title", lang));
            field.setId("module-title-" + id + "-" + lang);
            field.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            // module titles run to some sixty characters: show them whole on a laptop
            field.setWidth("24em");
            field.setValue(title.byLanguage().getOrDefault(lang, ""));
            fields.put(lang, field);
        }
        return fields;
    }
}
