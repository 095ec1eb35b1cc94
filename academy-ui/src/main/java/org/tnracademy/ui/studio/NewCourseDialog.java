package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.CourseStructure;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.studio.NewCourse;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.curriculum.CourseLevel;

/**
 * Creates a course with its first module. The course stays unlisted for learners until its first
 * publication; the course editor opens on it to add lessons. Refused input is shown at its field.
 */
public class NewCourseDialog extends Dialog {

    final TextField id = new TextField();
    final Select<String> level = new Select<>();
    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextArea> summaries = new LinkedHashMap<>();
    final TextField moduleId = new TextField();
    final Map<String, TextField> moduleTitles = new LinkedHashMap<>();
    final Paragraph error = new Paragraph();
    final Button create = new Button();

    public NewCourseDialog(CourseStructure structure) {
        setHeaderTitle(getTranslation("structure.course.new.title"));
        setId("new-course-dialog");
        setWidth("min(48rem, 95vw)");
        id.setLabel(getTranslation("structure.course.id"));
        id.setHelperText(getTranslation("structure.id-rule"));
        id.setId("new-course-id");
        level.setLabel(getTranslation("structure.course.level"));
        level.setItems(CourseLevel.ids());
        level.setItemLabelGenerator(l -> getTranslation(CourseLevel.i18nKey(l)));
        level.setValue(CourseLevel.BEGINNER.id());
        level.setId("new-course-level");
        FormLayout form = new FormLayout(id, level);
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "course-editor.title", lang));
            title.setId("new-course-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            titles.put(lang, title);
            form.add(title);
        }
        for (String lang : ContentLanguage.codes()) {
            TextArea summary = new TextArea(ContentLanguageLabels.of(this, "course-editor.summary", lang));
            summary.setId("new-course-summary-" + lang);
            summary.setMaxLength(CourseDrafts.MAX_SUMMARY_LENGTH);
            summaries.put(lang, summary);
            form.add(summary);
        }
        moduleId.setLabel(getTranslation("structure.course.first-module-id"));
        moduleId.setHelperText(getTranslation("structure.id-rule"));
        moduleId.setId("new-course-module-id");
        form.add(moduleId);
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "course-editor.module-title", lang));
            title.setId("new-course-module-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            moduleTitles.put(lang, title);
            form.add(title);
        }
        error.setId("new-course-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new Paragraph(getTranslation("structure.course.new.note")), form, error);

        create.setText(getTranslation("structure.course.create"));
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create(structure));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
    }

    private void create(CourseStructure structure) {
        clearErrors();
        try {
            long courseId = structure.create(new NewCourse(id.getValue().strip(), level.getValue(), typed(titles),
                    typed(summaries), moduleId.getValue().strip(), typed(moduleTitles)));
            close();
            UI.getCurrent().navigate(CourseEditorView.class, new RouteParameters("courseId", String.valueOf(courseId)));
        } catch (DraftRefusedException refused) {
            String text = StructureTexts.refused(this, refused);
            HasValidation field = fields().get(StructureTexts.field(refused));
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                error.setText(text);
                error.setVisible(true);
            }
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("level", level);
        titles.forEach((lang, f) -> fields.put("title." + lang, f));
        summaries.forEach((lang, f) -> fields.put("summary." + lang, f));
        fields.put("module.id", moduleId);
        moduleTitles.forEach((lang, f) -> fields.put("module.title." + lang, f));
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        error.setVisible(false);
    }

    private static LocalizedText typed(Map<String, ? extends HasValue<?, String>> fields) {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((lang, field) -> texts.put(lang, field.getValue()));
        return new LocalizedText(texts);
    }
}
