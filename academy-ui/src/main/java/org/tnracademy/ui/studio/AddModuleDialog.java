package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.studio.CourseStructure;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;

/**
 * A new module for the course draft: its id (fixed once published) and its title. It joins the
 * editor's modules at the end; the course draft's save stores it and publishing creates it.
 */
class AddModuleDialog extends Dialog {

    final TextField id = new TextField();
    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Button add = new Button();

    /** @param taken the module ids the course has already, published or added in the editor */
    AddModuleDialog(Set<String> taken, BiConsumer<String, LocalizedText> onAdded) {
        setHeaderTitle(getTranslation("structure.module.add.title"));
        setId("add-module-dialog");
        id.setLabel(getTranslation("structure.module.id"));
        id.setHelperText(getTranslation("structure.id-rule"));
        id.setId("new-module-id");
        FormLayout form = new FormLayout(id);
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "course-editor.module-title", lang));
            title.setId("new-module-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            titles.put(lang, title);
            form.add(title);
        }
        add(form);
        add.setText(getTranslation("structure.module.add"));
        add.setId("add-module-confirm");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            id.setInvalid(false);
            titles.get("en").setInvalid(false);
            String typed = id.getValue().strip();
            if (!CourseStructure.isValidId(typed)) {
                id.setErrorMessage(getTranslation("structure.module.invalid-id", typed));
                id.setInvalid(true);
                return;
            }
            if (taken.contains(typed)) {
                id.setErrorMessage(getTranslation("structure.module.id-taken", typed));
                id.setInvalid(true);
                return;
            }
            if (titles.get("en").getValue().isBlank()) {
                titles.get("en").setErrorMessage(getTranslation("structure.module.empty-title"));
                titles.get("en").setInvalid(true);
                return;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            titles.forEach((lang, field) -> texts.put(lang, field.getValue()));
            close();
            onAdded.accept(typed, new LocalizedText(texts));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), add);
    }
}
