package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.ui.i18n.ContentLanguageLabels;
import org.tnracademy.core.catalog.CourseCertification;
import org.tnracademy.core.catalog.MarkdownRenderer;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.background.CourseJobs;
import org.tnracademy.core.studio.CourseDraftSheet;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.CoursePublishing;
import org.tnracademy.core.studio.CourseStructure;
import org.tnracademy.core.studio.DraftRefusedException;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.core.studio.LessonDrafts;
import org.tnracademy.core.studio.ModuleTitle;
import org.tnracademy.core.studio.NewLessons;
import org.tnracademy.core.studio.GradedChangeChoice;
import org.tnracademy.core.studio.StaleDraftException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.UserTimeZone;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.routing.RouteIds;

/**
 * A course's title, summary and modules in both languages, the modules' order, modules added or
 * removed, each module's lessons and exercises (order, moves, retiring) and new lessons, edited as a
 * draft and published with the lesson drafts. A colleague's save in between refuses this one and
 * keeps what was typed until the instructor reloads. The item lists live in {@link ModuleItems}.
 */
@Route("instructor/courses/:courseId/edit")
@RolesAllowed("INSTRUCTOR")
public class CourseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Refusals the course-structure texts explain, with the field they concern. */
    private static final Set<DraftRefusedException.Reason> STRUCTURE_REASONS = EnumSet.of(
            DraftRefusedException.Reason.MODULES_CHANGED, DraftRefusedException.Reason.INVALID_ID,
            DraftRefusedException.Reason.UNKNOWN_ITEM, DraftRefusedException.Reason.ITEM_TWICE,
            DraftRefusedException.Reason.EMPTY_MODULE, DraftRefusedException.Reason.UNKNOWN_MODULE);

    private final CourseDrafts courseDrafts;
    private final CoursePublishing coursePublishing;
    private final CourseStructure structure;
    private final NewLessons newLessons;
    private final MarkdownRenderer markdown;
    private final ImageLibrary images;

    private long courseId;
    private CourseDraftSheet sheet;
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextArea> summaries = new LinkedHashMap<>();
    /** The modules as typed, in the order shown: id to title field per language. */
    private final List<String> moduleOrder = new ArrayList<>();
    private final Map<String, Map<String, TextField>> moduleTitles = new LinkedHashMap<>();
    /** Each module's lessons and exercises as arranged here, and the ones to retire. */
    private ModuleItems items;
    /** The modules the stored draft (or the published course) has: new lessons go only into these. */
    private final Set<String> savedModules = new LinkedHashSet<>();
    private boolean published;

    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout modules = new VerticalLayout();

    private final ExerciseDraftsPanel exerciseDrafts;
    private final PassMarkField passMark;
    private final CourseJobs jobs;
    private final CourseJobProgress publishing = new CourseJobProgress("publish-progress");

    public CourseEditorView(CourseDrafts courseDrafts, CoursePublishing coursePublishing, CourseStructure structure,
                            NewLessons newLessons, ExerciseDrafts exerciseDrafts,
                            MarkdownRenderer markdown, ImageLibrary images, CourseCertification certification,
                            CourseJobs jobs) {
        this.jobs = jobs;
        this.markdown = markdown;
        this.images = images;
        this.courseDrafts = courseDrafts;
        this.coursePublishing = coursePublishing;
        this.structure = structure;
        this.newLessons = newLessons;
        this.exerciseDrafts = new ExerciseDraftsPanel(exerciseDrafts, courseDrafts);
        this.passMark = new PassMarkField(certification);
        status.setId("course-draft-status");
        error.setId("course-draft-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        modules.setPadding(false);
        modules.setId("course-modules");
        LanguageFieldsRow titleRow = new LanguageFieldsRow("18em");
        LanguageFieldsRow summaryRow = new LanguageFieldsRow("24em");
        for (String lang : ContentLanguage.codes()) {
            TextField title = new TextField(ContentLanguageLabels.of(this, "course-editor.title", lang));
            title.setId("course-title-" + lang);
            title.setMaxLength(LessonDrafts.MAX_TITLE_LENGTH);
            title.setWidthFull();
            titles.put(lang, title);
            titleRow.addField(title);
            TextArea summary = new TextArea(ContentLanguageLabels.of(this, "course-editor.summary", lang));
            summary.setId("course-summary-" + lang);
            summary.setMaxLength(CourseDrafts.MAX_SUMMARY_LENGTH);
            summary.setWidthFull();
            summaries.put(lang, summary);
            summaryRow.addField(summary);
        }
        Button save = new Button(getTranslation("course-editor.save"), e -> save());
        save.setId("save-course-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button publish = new Button(getTranslation("studio.lesson.publish"), e -> confirmPublish());
        publish.setId("publish-course-draft");
        Button addModule = new Button(getTranslation("structure.module.add"), e -> new AddModuleDialog(
                new LinkedHashSet<>(moduleOrder), this::addModule).open());
        addModule.setId("add-module");
        add(new RouterLink(getTranslation("studio.back-to-courses"), InstructorCoursesView.class), heading, status,
                titleRow, summaryRow, passMark, new H3(getTranslation("course-editor.modules")), modules, addModule,
                new HorizontalLayout(save, publish, publishing), error, this.exerciseDrafts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = RouteIds.required(event, "courseId");
        try {
            load();
        } catch (DraftRefusedException unknown) {
            throw new NotFoundException();
        }
    }

    /** Reads the course again (its draft, else the published course), replacing what was typed. */
    private void load() {
        sheet = courseDrafts.open(courseId);
        published = structure.isPublished(courseId);
        exerciseDrafts.show(courseId);
        passMark.show(courseId);
        heading.setText(getTranslation("course-editor.heading", sheet.title().in(getLocale()), sheet.slug()));
        status.setText((sheet.isDraft()
                ? getTranslation("course-editor.status.draft", sheet.revision(), sheet.savedBy(),
                        Formats.inZone(sheet.savedAt(), getLocale(), UserTimeZone.current()))
                : getTranslation("course-editor.status.published", sheet.packVersion()))
                + (published ? "" : " " + getTranslation("structure.status.unpublished")));
        items = new ModuleItems(this, structure.items(courseId), sheet.modules(), this::showModules,
                this::editNewLesson);
        savedModules.clear();
        for (String lang : ContentLanguage.codes()) {
            titles.get(lang).setValue(sheet.title().byLanguage().getOrDefault(lang, ""));
            summaries.get(lang).setValue(sheet.summary().byLanguage().getOrDefault(lang, ""));
        }
        moduleOrder.clear();
        moduleTitles.clear();
        for (ModuleTitle m : sheet.modules()) {
            moduleOrder.add(m.id());
            savedModules.add(m.id());
            moduleTitles.put(m.id(), ModuleTitleFields.of(this, m.id(), m.title()));
        }
        error.setVisible(false);
        showModules();
    }

    /** Lays the module rows out in the current order, each with its up and down buttons. */
    private void showModules() {
        modules.removeAll();
        for (int i = 0; i < moduleOrder.size(); i++) {
            String id = moduleOrder.get(i);
            int index = i;
            Button up = new Button(getTranslation("course-editor.up"), e -> move(index, -1));
            up.setId("module-up-" + id);
            up.setEnabled(i > 0);
            Button down = new Button(getTranslation("course-editor.down"), e -> move(index, 1));
            down.setId("module-down-" + id);
            down.setEnabled(i < moduleOrder.size() - 1);
            Button remove = new Button(getTranslation("structure.module.remove"), e -> removeModule(id));
            remove.setId("module-remove-" + id);
            remove.setEnabled(items.isEmpty(id) && moduleOrder.size() > 1);
            Button newLesson = new Button(getTranslation("structure.lesson.new"), e -> newLesson(id));
            newLesson.setId("module-new-lesson-" + id);
            HorizontalLayout row = new HorizontalLayout(new Paragraph((i + 1) + ". " + id));
            moduleTitles.get(id).values().forEach(row::add);
            row.add(up, down, remove, newLesson);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            // a title per content language and four buttons: wrap rather than run off the page
            row.setWrap(true);
            row.setId("module-row-" + i);
            modules.add(row, items.list(id, moduleOrder));
        }
    }

    private void addModule(String id, LocalizedText title) {
        moduleOrder.add(id);
        moduleTitles.put(id, ModuleTitleFields.of(this, id, title));
        items.addModule(id);
        showModules();
        Notification.show(getTranslation("structure.module.added", id), 4000, Notification.Position.BOTTOM_START);
    }

    private void removeModule(String id) {
        if (!items.isEmpty(id) || moduleOrder.size() < 2) {
            return;
        }
        moduleOrder.remove(id);
        moduleTitles.remove(id);
        items.removeModule(id, moduleOrder.getFirst());
        showModules();
    }

    /** New lessons go into a module the stored draft has: a module added here must be saved first. */
    private void newLesson(String moduleId) {
        if (!savedModules.contains(moduleId)) {
            refuse(getTranslation("structure.lesson.save-module-first", moduleId));
            return;
        }
        NewLessonDialog.create(newLessons, images, courseId, moduleId, this::lessonPreview, this::lessonDone).open();
    }

    /** A new lesson's Markdown as its learners will see it, with the course's pictures as uploaded. */
    private String lessonPreview(String markdownText) {
        return markdown.toSafeHtml(markdownText, images.previewLinks(courseId));
    }

    private void editNewLesson(long draftId) {
        try {
            NewLessonDialog.edit(newLessons, images, draftId, this::lessonPreview, this::lessonDone).open();
        } catch (DraftRefusedException gone) {
            refuse(StructureTexts.refused(this, gone));
        }
    }

    /** Keeps what was typed in the course form: only the item lists learn of the lesson. */
    private void lessonDone(NewLessonDialog.Outcome outcome) {
        items.refresh(structure.items(courseId));
        switch (outcome) {
            case NewLessonDialog.Created c -> {
                items.append(c.lesson().moduleId(), c.lesson().slug());
                Notification.show(getTranslation("structure.lesson.created", c.lesson().slug()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            case NewLessonDialog.Saved s -> Notification.show(getTranslation("structure.lesson.saved"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            case NewLessonDialog.Discarded d -> items.forget(d.slug());
        }
        showModules();
    }

    private void move(int index, int by) {
        int other = index + by;
        if (other < 0 || other >= moduleOrder.size()) {
            return;
        }
        String moved = moduleOrder.remove(index);
        moduleOrder.add(other, moved);
        showModules();
    }

    private void save() {
        for (int i = 0; i < moduleOrder.size(); i++) {
            if (moduleTitles.get(moduleOrder.get(i)).get("en").getValue().isBlank()) {
                refuse(getTranslation("course-editor.empty-module-title", i + 1));
                return;
            }
        }
        List<ModuleTitle> typedModules = moduleOrder.stream().map(id -> new ModuleTitle(id,
                typed(moduleTitles.get(id)), items.itemsOf(id), items.retiredOf(id))).toList();
        try {
            long revision = courseDrafts.save(courseId, typed(titles), typed(summaries), typedModules,
                    sheet.revision());
            load();
            Notification.show(getTranslation("course-editor.saved", revision), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DraftRefusedException refused) {
            refuse(refusedText(refused));
        } catch (StaleDraftException stale) {
            offerReload(stale);
        }
    }

    private String refusedText(DraftRefusedException refused) {
        DraftRefusedException.Reason reason = refused.reason();
        if (STRUCTURE_REASONS.contains(reason)) {
            return StructureTexts.refused(this, refused);
        }
        String key = "course-editor.refused." + reason.name();
        return switch (reason) {
            case TITLE_TOO_LONG -> getTranslation(key, LessonDrafts.MAX_TITLE_LENGTH);
            case SUMMARY_TOO_LONG -> getTranslation(key, CourseDrafts.MAX_SUMMARY_LENGTH);
            default -> getTranslation(key);
        };
    }

    private static LocalizedText typed(Map<String, ? extends HasValue<?, String>> fields) {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((lang, field) -> texts.put(lang, field.getValue()));
        return new LocalizedText(texts);
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private void offerReload(StaleDraftException stale) {
        String message = stale.savedBy() == null ? getTranslation("course-editor.stale.published")
                : getTranslation("course-editor.stale.saved", stale.savedBy(),
                        Formats.inZone(stale.savedAt(), getLocale(), UserTimeZone.current()));
        refuse(message);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("course-editor.stale.title"), message,
                getTranslation("studio.lesson.stale.reload"), e -> load());
        dialog.setId("stale-course-draft");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("studio.lesson.stale.keep"));
        dialog.open();
    }

    private void confirmPublish() {
        String question = getTranslation("course-editor.publish.question", sheet.title().in(getLocale()),
                sheet.packVersion() + 1);
        if (!published) {
            question = question + " " + getTranslation("structure.publish.first");
        }
        // publishing takes the saved draft: name what it retires
        List<String> retiring = sheet.modules().stream().flatMap(m -> m.retired().stream()).toList();
        if (!retiring.isEmpty()) {
            question = question + " " + getTranslation("structure.publish.retiring", String.join(", ", retiring));
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("studio.lesson.publish.title"), question,
                getTranslation("studio.lesson.publish"),
                e -> GradedChangesDialog.publishOnceChosen(coursePublishing, courseId, this::publish));
        dialog.setId("publish-course-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    /** Publishes off the request (a large course takes a while): the page stays usable and shows progress. */
    private void publish(Map<String, GradedChangeChoice> choices) {
        long course = courseId;
        error.setVisible(false);
        publishing.run(jobs, course, "jobs.publishing", () -> coursePublishing.publish(course, choices), published -> {
            Notification.show(getTranslation("course-editor.published", published.packVersion()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        }, failure -> {
            switch (failure) {
                case ExerciseDraftRefusedException refused -> refuse(exerciseDrafts.refusedPublishing(refused));
                case DraftRefusedException refused -> refuse(refusedText(refused));
                default -> refuse(CourseJobProgress.failure(this, failure));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course-editor.page-title") + " | " + getTranslation("app.title");
    }
}
