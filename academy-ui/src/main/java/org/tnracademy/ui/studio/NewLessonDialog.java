package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.studio.NewLessonSheet;
import org.tnracademy.core.studio.NewLessonText;
import org.tnracademy.core.studio.NewLessons;
import org.tnracademy.core.studio.StaleDraftException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;

/**
 * Writes a lesson that is not published yet: created in a module, then edited or discarded until
 * the course is published. A colleague's save in between refuses this one and keeps the typed
 * text until the instructor reloads it. Pictures are the course's (drafts until it is published, as
 * in the lesson editor), so a lesson never published yet shows them in its preview and takes them
 * to learners at the course's first publication.
 */
class NewLessonDialog extends Dialog {

    /** What became of the lesson, for the course editor to show. */
    sealed interface Outcome permits Created, Saved, Discarded {
    }

    record Created(NewLessonSheet lesson) implements Outcome {
    }

    record Saved(long draftId) implements Outcome {
    }

    record Discarded(String slug) implements Outcome {
    }

    private final NewLessons lessons;
    private final Consumer<Outcome> onDone;
    private final long courseId;
    private final String moduleId;
    private NewLessonSheet editing;

    final TextField id = new TextField();
    final IntegerField minutes = new IntegerField();
    final Map<String, TextField> titles = new LinkedHashMap<>();
    final Map<String, TextArea> texts = new LinkedHashMap<>();
    final Map<String, TextField> notes = new LinkedHashMap<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Button discard = new Button();
    /** Which language's text a picture is inserted into. */
    final Select<String> pictureTarget = new Select<>();
    final LessonImagesPanel pictures;
    private final java.util.function.UnaryOperator<String> preview;
    private final Map<String, com.vaadin.flow.component.html.Div> previews = new LinkedHashMap<>();

    /** A dialog creating a lesson in the module. */
    static NewLessonDialog create(NewLessons lessons, ImageLibrary images, long courseId, String moduleId,
                                  java.util.function.UnaryOperator<String> preview, Consumer<Outcome> onDone) {
        return new NewLessonDialog(lessons, images, courseId, moduleId, null, preview, onDone);
    }

    /** A dialog editing a lesson created before. */
    static NewLessonDialog edit(NewLessons lessons, ImageLibrary images, long draftId,
                                java.util.function.UnaryOperator<String> preview, Consumer<Outcome> onDone) {
        NewLessonSheet sheet = lessons.open(draftId);
        return new NewLessonDialog(lessons, images, sheet.courseId(), sheet.moduleId(), sheet, preview, onDone);
    }

    private NewLessonDialog(NewLessons lessons, ImageLibrary images, long courseId, String moduleId,
                            NewLessonSheet editing, java.util.function.UnaryOperator<String> preview,
                            Consumer<Outcome> onDone) {
        this.lessons = lessons;
        this.preview = preview;
        this.onDone = onDone;
        this.courseId = courseId;
        this.moduleId = moduleId;
        setId("new-lesson-dialog");
        setWidth("min(64rem, 95vw)");
        id.setLabel(getTranslation("structure.lesson.id"));
        id.setHelperText(getTranslation("structure.id-rule"));
        id.setId("new-lesson-id");
        minutes.setLabel(getTranslation("structure.lesson.minutes"));
        minutes.setMin(NewLessons.MIN_MINUTES);
        minutes.setMax(NewLessons.MAX_MINUTES);
        minutes.setValue(10);
        minutes.setId("new-lesson-minutes");
        FormLayout form = new FormLayout(id, minutes);
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "structure.lesson.title", lang));
            title.setId("new-lesson-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            titles.put(lang, title);
            form.add(title);
        }
        for (String lang : ContentLanguage.codes()) {
            TextArea text = new TextArea(ContentLanguageLabels.of(this, "structure.lesson.text", lang));
            text.setId("new-lesson-text-" + lang);
            text.setMaxLength(NewLessons.MAX_MARKDOWN_LENGTH);
            text.setMinHeight("12rem");
            texts.put(lang, text);
            // the text as learners will read it: rendered and sanitised as on the lesson page
            com.vaadin.flow.component.html.Div rendered = new com.vaadin.flow.component.html.Div();
            rendered.setId("new-lesson-preview-" + lang);
            rendered.addClassName("academy-lesson");
            rendered.getElement().setAttribute("aria-label", ContentLanguageLabels.of(this, "structure.lesson.preview", lang));
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            previews.put(lang, rendered);
            text.addValueChangeListener(e -> render(lang));
            form.add(text, rendered);
        }
        for (String lang : ContentLanguage.codes()) {
            TextField note = new TextField(ContentLanguageLabels.of(this, "structure.lesson.note", lang));
            note.setId("new-lesson-note-" + lang);
            note.setMaxLength(NewLessons.MAX_CONTENT_NOTE_LENGTH);
            notes.put(lang, note);
            form.add(note);
        }
        error.setId("new-lesson-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        pictureTarget.setId("new-lesson-picture-target");
        pictureTarget.setLabel(getTranslation("lesson-pictures.insert-into"));
        pictureTarget.setItems(ContentLanguage.codes());
        pictureTarget.setItemLabelGenerator(lang -> ContentLanguageLabels.of(this, "structure.lesson.text", lang));
        pictureTarget.setValue(ContentLanguage.codes().getFirst());
        pictures = new LessonImagesPanel(images, courseId, this::insertPicture,
                () -> ContentLanguage.codes().forEach(this::render));
        pictures.addComponentAtIndex(4, pictureTarget);
        add(form, pictures, error);

        save.setId("save-new-lesson");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discard.setText(getTranslation("structure.lesson.discard"));
        discard.setId("discard-new-lesson");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> confirmDiscard());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        if (editing != null) {
            getFooter().add(discard);
        }
        getFooter().add(save);
        show(editing);
    }

    /** Fills the form from the stored lesson (or leaves it empty for a new one). */
    private void show(NewLessonSheet sheet) {
        this.editing = sheet;
        error.setVisible(false);
        if (sheet == null) {
            setHeaderTitle(getTranslation("structure.lesson.new.title", moduleId));
            save.setText(getTranslation("structure.lesson.create"));
            return;
        }
        setHeaderTitle(getTranslation("structure.lesson.edit.title", sheet.slug(), sheet.revision(), sheet.savedBy(),
                Formats.inZone(sheet.savedAt(), getLocale(), UserTimeZone.current())));
        save.setText(getTranslation("structure.lesson.save"));
        id.setValue(sheet.slug());
        id.setReadOnly(true);
        minutes.setValue(sheet.text().minutes());
        for (String lang : ContentLanguage.codes()) {
            titles.get(lang).setValue(sheet.text().title().byLanguage().getOrDefault(lang, ""));
            texts.get(lang).setValue(sheet.text().markdown().byLanguage().getOrDefault(lang, ""));
            notes.get(lang).setValue(sheet.text().contentNote().byLanguage().getOrDefault(lang, ""));
        }
    }

    /** The text as learners will read it, with the course's pictures as uploaded so far. */
    private void render(String lang) {
        String value = texts.get(lang).getValue();
        previews.get(lang).getElement().setProperty("innerHTML", preview.apply(value == null ? "" : value));
    }

    /** A picture's Markdown at the end of the chosen language's text, as the lesson editor inserts it. */
    private void insertPicture(String pictureMarkdown) {
        TextArea text = texts.get(pictureTarget.getValue() == null ? ContentLanguage.codes().getFirst()
                : pictureTarget.getValue());
        String current = text.getValue() == null ? "" : text.getValue();
        String separator = current.isBlank() ? "" : current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n";
        text.setValue(current + separator + pictureMarkdown + "\n");
    }

    private void save() {
        clearErrors();
        if (minutes.getValue() == null || minutes.isInvalid()) {
            minutes.setErrorMessage(getTranslation("structure.refused.INVALID_MINUTES", "minutes"));
            minutes.setInvalid(true);
            return;
        }
        NewLessonText text = new NewLessonText(minutes.getValue(), typed(titles), typed(texts), typed(notes));
        try {
            if (editing == null) {
                NewLessonSheet created = lessons.create(courseId, moduleId, id.getValue().strip(), text);
                close();
                onDone.accept(new Created(created));
            } else {
                lessons.save(editing.id(), text, editing.revision());
                close();
                onDone.accept(new Saved(editing.id()));
            }
        } catch (DraftRefusedException refused) {
            String message = StructureTexts.refused(this, refused);
            HasValidation field = fields().get(StructureTexts.field(refused));
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                refuse(message);
            }
        } catch (StaleDraftException stale) {
            offerReload(stale);
        }
    }

    private void confirmDiscard() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("structure.lesson.discard.title"),
                getTranslation("structure.lesson.discard.question", editing.slug()),
                getTranslation("structure.lesson.discard"), e -> {
                    try {
                        lessons.discard(editing.id(), editing.revision());
                        close();
                        onDone.accept(new Discarded(editing.slug()));
                    } catch (StaleDraftException stale) {
                        offerReload(stale);
                    }
                });
        confirm.setId("discard-new-lesson-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void offerReload(StaleDraftException stale) {
        String message = stale.savedBy() == null ? getTranslation("structure.lesson.stale.gone")
                : getTranslation("structure.lesson.stale.saved", stale.savedBy(),
                        Formats.inZone(stale.savedAt(), getLocale(), UserTimeZone.current()));
        refuse(message);
        if (stale.savedBy() == null) {
            return;
        }
        ConfirmDialog reload = new ConfirmDialog(getTranslation("structure.lesson.stale.title"), message,
                getTranslation("studio.lesson.stale.reload"), e -> show(lessons.open(editing.id())));
        reload.setId("stale-new-lesson");
        reload.setCancelable(true);
        reload.setCancelText(getTranslation("studio.lesson.stale.keep"));
        reload.open();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("minutes", minutes);
        titles.forEach((lang, f) -> fields.put("title." + lang, f));
        texts.forEach((lang, f) -> fields.put("text." + lang, f));
        notes.forEach((lang, f) -> fields.put("contentNote." + lang, f));
        return fields;
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        error.setVisible(false);
    }

    private void refuse(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static LocalizedText typed(Map<String, ? extends HasValue<?, String>> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((lang, field) -> values.put(lang, field.getValue()));
        return new LocalizedText(values);
    }
}
