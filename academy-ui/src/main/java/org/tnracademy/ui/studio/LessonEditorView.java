package org.tnracademy.ui.studio;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.background.CourseJobs;
import org.tnracademy.core.catalog.MarkdownRenderer;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.core.media.MissingImagesException;
import org.tnracademy.core.studio.CoursePublishing;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.LessonDraftSheet;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.studio.NewLessons;
import org.tnracademy.core.studio.GradedChangeChoice;
import org.tnracademy.core.studio.StaleDraftException;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.routing.RouteIds;

/**
 * A lesson's Markdown editor: title and text per language, a live preview rendered and sanitised
 * exactly as learners will see it, saving as a draft, and publishing the course. When a colleague
 * saved in between, the save is refused and the typed text stays in the editor until the
 * instructor chooses to reload.
 */
@Route("instructor/lessons/:lessonId/edit")
@RolesAllowed("INSTRUCTOR")
public class LessonEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonDrafts lessonDrafts;
    private final CoursePublishing coursePublishing;
    private final MarkdownRenderer markdown;
    private final ImageLibrary imageLibrary;
    private final CourseJobs jobs;
    private final CourseJobProgress publishing = new CourseJobProgress("publish-progress");

    private long lessonId;
    /** The course's pictures: made once the lesson, so its course, is known. */
    private LessonImagesPanel images;
    private final Div imagesSlot = new Div();
    private LessonDraftSheet sheet;
    /** What is typed per language, saved or not: switching language loses nothing. */
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private String language = "en";

    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final RadioButtonGroup<String> languages = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final TextField contentNote = new TextField();
    private final Div preview = new Div();

    public LessonEditorView(LessonDrafts lessonDrafts, CoursePublishing coursePublishing, MarkdownRenderer markdown,
                            ImageLibrary imageLibrary, CourseJobs jobs) {
        this.jobs = jobs;
        this.lessonDrafts = lessonDrafts;
        this.coursePublishing = coursePublishing;
        this.markdown = markdown;
        this.imageLibrary = imageLibrary;
        status.setId("draft-status");
        error.setId("draft-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
        error.setVisible(false);
        languages.setId("lesson-language");
        languages.setLabel(getTranslation("studio.lesson.language"));
        languages.setItems(ContentLanguage.codes());
        languages.setItemLabelGenerator(l -> getTranslation(ContentLanguage.i18nKey(l)));
        languages.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getOldValue() != null) {
                keepTyped();
                language = e.getValue();
                showLanguage();
            }
        });
        title.setId("lesson-title");
        title.setLabel(getTranslation("studio.lesson.title"));
        title.setWidthFull();
        title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
        contentNote.setId("lesson-content-note");
        contentNote.setLabel(getTranslation("studio.lesson.content-note"));
        contentNote.setHelperText(getTranslation("studio.lesson.content-note.help"));
        contentNote.setWidthFull();
        contentNote.setMaxLength(NewLessons.MAX_CONTENT_NOTE_LENGTH);
        text.setId("lesson-markdown");
        text.setLabel(getTranslation("studio.lesson.markdown"));
        text.setWidthFull();
        text.setMinHeight("20rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> render(e.getValue()));
        preview.setId("lesson-preview");
        preview.addClassName("academy-lesson");
        preview.setWidthFull();
        Button save = new Button(getTranslation("studio.lesson.save"), e -> save());
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button publish = new Button(getTranslation("studio.lesson.publish"), e -> confirmPublish());
        publish.setId("publish-course");
        imagesSlot.setWidthFull();
        HorizontalLayout editor = new HorizontalLayout(new VerticalLayout(languages, title, contentNote, text, imagesSlot),
                new VerticalLayout(new H3(getTranslation("studio.lesson.preview")), preview));
        editor.setWidthFull();
        add(new RouterLink(getTranslation("studio.back-to-courses"), InstructorCoursesView.class), heading, status,
                editor, new HorizontalLayout(save, publish, publishing), error);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonId = RouteIds.required(event, "lessonId");
        try {
            load();
        } catch (DraftRefusedException unknown) {
            throw new NotFoundException();
        }
    }

    /** Reads the lesson again (its draft, else its published text), replacing what was typed. */
    private void load() {
        sheet = lessonDrafts.open(lessonId);
        titles.clear();
        texts.clear();
        notes.clear();
        for (String lang : ContentLanguage.codes()) {
            titles.put(lang, sheet.title().byLanguage().getOrDefault(lang, ""));
            texts.put(lang, sheet.markdown().byLanguage().getOrDefault(lang, ""));
            notes.put(lang, savedNote(lang));
        }
        if (images == null) {
            images = new LessonImagesPanel(imageLibrary, sheet.courseId(), this::insertAtEnd,
                    () -> render(text.getValue()));
            imagesSlot.add(images);
        }
        heading.setText(getTranslation("studio.lesson.heading", sheet.title().in(getLocale()),
                sheet.courseTitle().in(getLocale())));
        status.setText(sheet.isDraft()
                ? getTranslation("studio.lesson.status.draft", sheet.revision(), sheet.savedBy(),
                        Formats.inZone(sheet.savedAt(), getLocale(), UserTimeZone.current()))
                : getTranslation("studio.lesson.status.published", sheet.coursePackVersion()));
        error.setVisible(false);
        languages.setValue(language);
        showLanguage();
    }

    /** Reads the saved draft again but keeps what is typed in every language. */
    private void reloadKeepingTyped() {
        Map<String, String> typedTitles = new LinkedHashMap<>(titles);
        Map<String, String> typedTexts = new LinkedHashMap<>(texts);
        Map<String, String> typedNotes = new LinkedHashMap<>(notes);
        load();
        titles.putAll(typedTitles);
        texts.putAll(typedTexts);
        notes.putAll(typedNotes);
        showLanguage();
    }

    private void showLanguage() {
        title.setValue(titles.get(language));
        contentNote.setValue(notes.get(language));
        text.setValue(texts.get(language));
        render(text.getValue());
    }

    private void keepTyped() {
        titles.put(language, title.getValue());
        texts.put(language, text.getValue());
        notes.put(language, contentNote.getValue());
    }

    /** The saved (or published) content note in a language, empty when there is none. */
    private String savedNote(String lang) {
        return sheet.contentNote() == null ? "" : sheet.contentNote().byLanguage().getOrDefault(lang, "");
    }

    private void render(String source) {
        // sanitised by the core's MarkdownRenderer, as the learner's lesson page is, with the course's
        // pictures as uploaded (learners see them once the course is published)
        preview.getElement().setProperty("innerHTML", markdown.toSafeHtml(source,
                images == null ? ImageLinks.NONE : images.links()));
    }

    /** A picture's Markdown as a paragraph of its own at the end of the text. */
    private void insertAtEnd(String pictureMarkdown) {
        String current = text.getValue();
        String separator = current.isBlank() ? "" : current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n";
        text.setValue(current + separator + pictureMarkdown + "\n");
    }

    /** Saves every language whose text or title changed since the lesson was read. */
    private void save() {
        keepTyped();
        long revision = sheet.revision();
        boolean changed = false;
        try {
            for (String lang : ContentLanguage.codes()) {
                boolean same = titles.get(lang).equals(sheet.title().byLanguage().getOrDefault(lang, ""))
                        && texts.get(lang).equals(sheet.markdown().byLanguage().getOrDefault(lang, ""))
                        && notes.get(lang).strip().equals(savedNote(lang));
                if (!same) {
                    revision = lessonDrafts.save(lessonId, lang, titles.get(lang), texts.get(lang),
                            notes.get(lang), revision);
                    changed = true;
                }
            }
        } catch (DraftRefusedException refused) {
            if (changed) {
                // another language was saved before this one was refused: name the new revision next time
                reloadKeepingTyped();
            }
            error.setText(getTranslation("studio.lesson.refused." + refused.reason().name(),
                    refused.reason() == DraftRefusedException.Reason.CONTENT_NOTE_TOO_LONG
                            ? NewLessons.MAX_CONTENT_NOTE_LENGTH : LessonDrafts.MAX_TITLE_LENGTH));
            error.setVisible(true);
            return;
        } catch (StaleDraftException stale) {
            offerReload(stale);
            return;
        }
        if (!changed) {
            Notification.show(getTranslation("studio.lesson.unchanged"), 4000, Notification.Position.BOTTOM_START);
            return;
        }
        reloadKeepingTyped();
        Notification.show(getTranslation("studio.lesson.saved", revision), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void offerReload(StaleDraftException stale) {
        String message = stale.savedBy() == null ? getTranslation("studio.lesson.stale.published")
                : getTranslation("studio.lesson.stale.saved", stale.savedBy(), Formats.inZone(stale.savedAt(), getLocale(), UserTimeZone.current()));
        error.setText(message);
        error.setVisible(true);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("studio.lesson.stale.title"), message,
                getTranslation("studio.lesson.stale.reload"), e -> load());
        dialog.setId("stale-draft");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("studio.lesson.stale.keep"));
        dialog.open();
    }

    private void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("studio.lesson.publish.title"),
                getTranslation("studio.lesson.publish.question", sheet.courseTitle().in(getLocale()),
                        sheet.coursePackVersion() + 1), getTranslation("studio.lesson.publish"),
                e -> GradedChangesDialog.publishOnceChosen(coursePublishing, sheet.courseId(), this::publish));
        dialog.setId("publish-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    /** Publishes off the request (a large course takes a while): the page stays usable and shows progress. */
    private void publish(Map<String, GradedChangeChoice> choices) {
        long course = sheet.courseId();
        error.setVisible(false);
        publishing.run(jobs, course, "jobs.publishing", () -> coursePublishing.publish(course, choices), published -> {
            Notification.show(getTranslation("studio.lesson.published", published.packVersion(),
                    published.lessonsPublished()), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        }, failure -> {
            switch (failure) {
                case DraftRefusedException refused -> error.setText(getTranslation("studio.lesson.refused."
                        + refused.reason().name(), LessonDrafts.MAX_TITLE_LENGTH));
                case MissingImagesException missing -> {
                    StringBuilder message = new StringBuilder(getTranslation("images.publish.missing"));
                    missing.problems().forEach(p -> message.append('\n').append(getTranslation("images.publish.problem",
                            p.lessonFile(), p.line(), p.reference())));
                    error.setText(message.toString());
                }
                default -> error.setText(CourseJobProgress.failure(this, failure));
            }
            error.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.lesson.page-title") + " | " + getTranslation("app.title");
    }
}
