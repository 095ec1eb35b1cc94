package org.tnracademy.ui.instructor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.background.CourseJobs;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.KeyVersionInfo;
import org.tnracademy.core.regrade.AnswerKeyOverview;
import org.tnracademy.core.regrade.KeyYaml;
import org.tnracademy.core.regrade.KeyYamlException;
import org.tnracademy.core.regrade.RegradePreview;
import org.tnracademy.core.regrade.RegradeRefusedException;
import org.tnracademy.core.regrade.RegradeService;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.ui.layout.ConfirmOnce;
import org.tnracademy.ui.routing.RouteIds;
import org.tnracademy.ui.studio.CourseJobProgress;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * The answer key of one exercise version: the version in force and its history, an editor for a
 * new key (typed as YAML or uploaded as a key file), a regrade preview that shows every learner's
 * old and new score, and Apply behind a confirmation. Problems are shown with their line or path,
 * and the editor keeps what was typed whatever goes wrong.
 */
@Route("instructor/exercises/:exerciseId/key")
@RolesAllowed("INSTRUCTOR")
public class AnswerKeyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A key file is small; this leaves room for a labelling key over a large dataset. */
    static final int MAX_UPLOAD_BYTES = 1 << 20;

    private static final String DRAFT_COURSE = "draftCourse";
    private static final String DRAFT_SLUG = "draft";

    private final ExerciseDrafts exerciseDrafts;
    private final Paragraph draftNote = new Paragraph();
    private final RegradeService regrade;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Grid<KeyVersionInfo> versions = new Grid<>();
    private final TextArea editor = new TextArea();
    private final Upload upload = new Upload();
    private final Button preview = new Button();
    private final Button apply = new Button();
    private final Div problems = new Div();
    private final RegradePreviewArea previewArea = new RegradePreviewArea();
    private long exerciseId;
    private AnswerKeyOverview overview;
    /** The key and dry run that Apply would act on; cleared as soon as the editor changes. */
    private Map<String, Object> previewedKey;
    private RegradePreview shown;
    private final CatalogService catalog;
    private final CourseJobs jobs;
    private final CourseJobProgress regrading = new CourseJobProgress("regrade-progress");

    public AnswerKeyView(RegradeService regrade, ExerciseDrafts exerciseDrafts, CatalogService catalog,
                         CourseJobs jobs) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.exerciseDrafts = exerciseDrafts;
        draftNote.setId("key-from-draft");
        draftNote.setVisible(false);
        this.regrade = regrade;
        title.setId("key-title");
        summary.setId("key-summary");
        versions.setId("key-versions");
        versions.addColumn(KeyVersionInfo::keyVersion).setHeader(getTranslation("answer-key.version")).setAutoWidth(true);
        versions.addColumn(v -> v.current() ? getTranslation("answer-key.in-force") : "")
                .setHeader(getTranslation("answer-key.state")).setAutoWidth(true);
        versions.addColumn(v -> Formats.utcShort(v.createdAt(), getLocale()))
                .setHeader(getTranslation("answer-key.created")).setAutoWidth(true);
        versions.addColumn(KeyVersionInfo::createdBy).setHeader(getTranslation("answer-key.created-by")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.setWidth("40rem");

        editor.setId("key-editor");
        editor.setLabel(getTranslation("answer-key.editor"));
        editor.setHelperText(getTranslation("answer-key.editor-help"));
        editor.setWidthFull();
        editor.setMinHeight("16rem");
        editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        // a preview is of the key as it was: once the text changes, Apply waits for a new preview
        editor.addValueChangeListener(e -> {
            forgetPreview();
            previewArea.removeAll();
        });

        upload.setId("key-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("answer-key.upload"))
                .setMany(getTranslation("answer-key.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("answer-key.upload-drop"))
                .setMany(getTranslation("answer-key.upload-drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("answer-key.upload-rejected"))
                .setIncorrectFileType(getTranslation("answer-key.upload-rejected"))
                .setTooManyFiles(getTranslation("answer-key.upload-rejected")));
        upload.setI18n(i18n);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.ANSWER_KEY_TEXT, MAX_UPLOAD_BYTES,
                List.of(".yaml", ".yml"), (meta, bytes) -> ui.access(() -> {
            // the file goes into the editor, where it is checked like typed text and can be corrected
            editor.setValue(new String(bytes, StandardCharsets.UTF_8));
            upload.clearFileList();
            Notification.show(getTranslation("answer-key.uploaded", meta.fileName()), 4000,
                    Notification.Position.BOTTOM_START);
        })));
        upload.addFileRejectedListener(e -> showProblems(getTranslation("answer-key.upload-rejected"), List.of()));

        preview.setText(getTranslation("answer-key.preview"));
        preview.setId("key-preview");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> runPreview());
        apply.setText(getTranslation("answer-key.apply"));
        apply.setId("key-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_ERROR);
        apply.setEnabled(false);
        apply.addClickListener(e -> confirmApply());

        problems.setId("key-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        previewArea.setId("key-preview-area");
        previewArea.setPadding(false);

        add(title, summary, new H3(getTranslation("answer-key.history")), versions,
                new H3(getTranslation("answer-key.new")), draftNote, editor, upload, new HorizontalLayout(preview, apply, regrading), problems,
                previewArea);
    }

    /** The query that opens this page with the key of an exercise draft, to check its regrade. */
    public static QueryParameters fromDraft(long courseId, String slug) {
        return QueryParameters.simple(Map.of(DRAFT_COURSE, String.valueOf(courseId), DRAFT_SLUG, slug));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exerciseId = RouteIds.required(event, "exerciseId");
        try {
            load(true);
        } catch (RegradeRefusedException unknown) {
            throw new NotFoundException("No exercise " + exerciseId);
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> course = query.getSingleParameter(DRAFT_COURSE);
        Optional<String> slug = query.getSingleParameter(DRAFT_SLUG);
        if (course.isPresent() && slug.isPresent() && overview.regradable()) {
            loadDraftKey(course.get(), slug.get());
        }
    }

    /**
     * Puts an exercise draft's key in the editor and runs its dry run: publishing refused the key
     * change, and this is where it is checked and applied. A draft of another exercise is ignored.
     */
    private void loadDraftKey(String courseId, String slug) {
        try {
            ExerciseDraftSheet draft = exerciseDrafts.open(Long.parseLong(courseId), slug);
            if (!draft.isDraft() || draft.exerciseId() == null || draft.exerciseId() != exerciseId) {
                return;
            }
            editor.setValue(KeyYaml.format(draft.key()));
            draftNote.setText(getTranslation("answer-key.from-draft", "“" + draft.title().in(getLocale()) + "”"));
            draftNote.setVisible(true);
            runPreview();
        } catch (NumberFormatException | ExerciseDraftRefusedException notADraft) {
            // a hand-typed address: the page shows the key in force, as without the query
        }
    }

    private void load(boolean intoEditor) {
        overview = regrade.keyOverview(exerciseId);
        title.setText(getTranslation("answer-key.title", overview.title().in(getLocale())));
        summary.setText(getTranslation("answer-key.summary", getTranslation("exercise.type." + overview.type()),
                overview.exerciseVersion(), overview.currentKeyVersion(), overview.gradedAttempts()));
        versions.setItems(overview.versions());
        if (intoEditor) {
            editor.setValue(overview.currentKeyYaml());
        }
        if (!overview.regradable()) {
            preview.setEnabled(false);
            apply.setEnabled(false);
            showProblems(getTranslation("answer-key.not-regradable"), List.of());
        }
        forgetPreview();
    }

    void runPreview() {
        clearProblems();
        previewArea.removeAll();
        Map<String, Object> key;
        try {
            key = KeyYaml.parse(editor.getValue());
        } catch (KeyYamlException bad) {
            editor.setInvalid(true);
            editor.setErrorMessage(getTranslation("answer-key.yaml-error", bad.line(), bad.column(),
                    ProblemTexts.of(this, bad.problem())));
            showProblems(getTranslation("answer-key.yaml-error", bad.line(), bad.column(),
                    ProblemTexts.of(this, bad.problem())), List.of());
            return;
        }
        try {
            RegradePreview result = regrade.dryRun(exerciseId, key);
            previewedKey = key;
            shown = result;
            previewArea.show(result);
            apply.setEnabled(true);
        } catch (RegradeRefusedException refused) {
            showRefusal(refused);
        }
    }

    private void confirmApply() {
        if (shown == null || previewedKey == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("key-apply-confirm");
        confirm.setHeader(getTranslation("answer-key.confirm-title"));
        confirm.setText(getTranslation("answer-key.confirm-text", shown.currentKeyVersion() + 1, shown.lines().size(),
                shown.changed()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("answer-key.apply"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(ConfirmOnce.of(this::doApply));
        confirm.open();
    }

    void doApply() {
        if (shown == null || previewedKey == null) {
            return;
        }
        long exercise = exerciseId;
        Map<String, Object> key = previewedKey;
        String token = shown.token();
        long course = catalog.courseOfExercise(exercise).orElseThrow(NotFoundException::new);
        apply.setEnabled(false);
        preview.setEnabled(false);
        // off the request: regrading every attempt takes a while, the page stays usable and shows progress
        regrading.run(jobs, course, "jobs.regrading", () -> regrade.apply(exercise, key, token), outcome -> {
            Notification.show(getTranslation("answer-key.applied", outcome.newKeyVersion(), outcome.regraded(),
                    outcome.changed()), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            previewArea.removeAll();
            preview.setEnabled(true);
            load(false);
        }, failure -> {
            preview.setEnabled(overview.regradable());
            if (failure instanceof RegradeRefusedException refused) {
                showRefusal(refused);
                apply.setEnabled(false);
            } else {
                // the preview still stands: Apply may be tried again once the course is free
                showProblems(CourseJobProgress.failure(this, failure), List.of());
                apply.setEnabled(true);
            }
        });
    }

    private void showRefusal(RegradeRefusedException refused) {
        switch (refused.reason()) {
            case INVALID_KEY -> {
                editor.setInvalid(true);
                editor.setErrorMessage(getTranslation("answer-key.invalid", refused.problems().size()));
                showProblems(getTranslation("answer-key.invalid", refused.problems().size()), refused.problems());
            }
            case ANSWERS_DO_NOT_FIT -> showProblems(getTranslation("answer-key.answers-do-not-fit",
                    refused.problems().size()), refused.problems());
            case STALE_PREVIEW -> showProblems(getTranslation("answer-key.stale"), List.of());
            case NOT_GRADED_BY_KEY -> showProblems(getTranslation("answer-key.not-regradable"), List.of());
            case UNKNOWN_EXERCISE -> showProblems(getTranslation("error.not-found.message"), List.of());
        }
        forgetPreview();
    }

    private void showProblems(String headline, List<SpecProblem> list) {
        problems.removeAll();
        Paragraph head = new Paragraph(headline);
        head.setId("key-problems-headline");
        problems.add(head);
        if (!list.isEmpty()) {
            UnorderedList items = new UnorderedList();
            for (SpecProblem p : list) {
                items.add(new ListItem(getTranslation("answer-key.problem", p.field(), ProblemTexts.of(this, p.message()))));
            }
            problems.add(items);
        }
    }

    private void clearProblems() {
        problems.removeAll();
        editor.setInvalid(false);
    }

    private void forgetPreview() {
        previewedKey = null;
        shown = null;
        apply.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return (overview == null ? "" : getTranslation("answer-key.title", overview.title().in(getLocale())) + " | ")
                + getTranslation("app.title");
    }
}
