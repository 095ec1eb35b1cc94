package org.tnracademy.ui.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.core.studio.CourseDrafts;
import org.tnracademy.core.studio.DraftYaml;
import org.tnracademy.core.studio.ExerciseDraftContent;
import org.tnracademy.core.studio.ExerciseDraftRefusedException;
import org.tnracademy.core.studio.ExerciseDraftSheet;
import org.tnracademy.core.studio.ExerciseDrafts;
import org.tnracademy.core.studio.StaleDraftException;
import org.tnracademy.core.studio.upload.DatasetUploads;
import org.tnracademy.core.studio.upload.IndicatorBundleUploads;
import org.tnracademy.core.studio.upload.KeyUploads;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.exercise.types.ExerciseTypeUis;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.ui.i18n.UserTimeZone;
import org.tnracademy.ui.routing.RouteIds;
import org.tnracademy.ui.studio.form.ExerciseShapes;
import org.tnracademy.ui.studio.upload.IndicatorBundleUploadField;
import org.tnracademy.ui.studio.upload.KeyUploadField;
import org.tnracademy.exercises.variant.VariantPolicy;

/**
 * An exercise of any type edited as a draft: texts in English and French, level, forms of TNR, attempt policy,
 * confidence and hints, dataset, and the spec and key (as YAML, the advanced editor). Saving always keeps what was
 * typed; the problems a pack import would find are listed by field until fixed, and the course cannot be published
 * before. A colleague's save in between refuses this one and keeps the form as typed until the instructor reloads.
 */
@Route("instructor/courses/:courseId/exercises/:slug/edit")
@RolesAllowed("INSTRUCTOR")
public class ExerciseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseDrafts drafts;
    private final CourseDrafts courseDrafts;
    private final DatasetService datasets;

    private long courseId;
    private String slug;
    private ExerciseDraftSheet sheet;

    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final DraftProblemsList problems = new DraftProblemsList();
    private final ExerciseDescriptionFields description = new ExerciseDescriptionFields();
    private final IntegerField maxAttempts = new IntegerField();
    private final IntegerField timeLimit = new IntegerField();
    private final Select<ScoringPolicy> scoring = new Select<>();
    private final HintsEditor hints = new HintsEditor();
    private final ConfidencePolicyFields confidence = new ConfidencePolicyFields();
    private final DatasetChoice dataset;
    private FormOrYamlTreeEditor spec;
    private FormOrYamlTreeEditor key;
    /** The type the spec and key editors were built for: they are rebuilt only for another type. */
    private String editorsType;
    private final Div specHolder = new Div();
    private final Div keyHolder = new Div();
    private final Button labelKey = new Button();
    private final Details keyUploadDetails = new Details();
    private final Details bundleUploadDetails = new Details();
    private final HorizontalLayout links = new HorizontalLayout();

    public ExerciseEditorView(ExerciseDrafts drafts, CourseDrafts courseDrafts, DatasetService datasets,
                              DatasetUploads datasetUploads, KeyUploads keyUploads,
                              IndicatorBundleUploads bundleUploads) {
        this.drafts = drafts;
        this.courseDrafts = courseDrafts;
        this.datasets = datasets;
        dataset = new DatasetChoice(datasetUploads, this::note);
        specHolder.setWidthFull();
        keyHolder.setWidthFull();
        status.setId("exercise-draft-status");
        error.setId("exercise-draft-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        maxAttempts.setId("exercise-max-attempts");
        maxAttempts.setLabel(getTranslation("exercise-draft.max-attempts"));
        maxAttempts.setMin(1);
        maxAttempts.setMax(AttemptPolicy.MAX_ATTEMPTS_LIMIT);
        maxAttempts.setStepButtonsVisible(true);
        timeLimit.setId("exercise-time-limit");
        timeLimit.setLabel(getTranslation("exercise-draft.time-limit"));
        timeLimit.setHelperText(getTranslation("exercise-draft.time-limit.help"));
        timeLimit.setMin(1);
        timeLimit.setMax(AttemptPolicy.MAX_TIME_LIMIT_MINUTES);
        scoring.setId("exercise-scoring");
        scoring.setLabel(getTranslation("exercise-draft.scoring"));
        scoring.setItems(ScoringPolicy.values());
        scoring.setItemLabelGenerator(s -> getTranslation("answer-key.scoring." + s.id()));
        // a key file: read in the type's format and checked against the spec and dataset as typed
        KeyUploadField keyUpload = new KeyUploadField(keyUploads, () -> sheet.type(), this::specAsTyped,
                dataset::getValue);
        keyUpload.addKeyListener(tree -> {
            key.show(tree);
            note(getTranslation("exercise-draft.key.uploaded"));
        });
        keyUploadDetails.setSummaryText(getTranslation("exercise-draft.key.upload"));
        keyUploadDetails.add(keyUpload);
        keyUploadDetails.setId("exercise-key-upload");
        bundleUploadDetails.setSummaryText(getTranslation("exercise-draft.bundle.upload"));
        bundleUploadDetails.add(bundleUploadField(bundleUploads));
        bundleUploadDetails.setId("exercise-bundle-upload");
        labelKey.setText(getTranslation("exercise-draft.label-key"));
        labelKey.setId("exercise-label-key");
        labelKey.addClickListener(e -> labelKeyInWorkspace());

        Button save = new Button(getTranslation("exercise-draft.save"), e -> save());
        save.setId("exercise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("exercise-draft.discard"), e -> confirmDiscard());
        discard.setId("exercise-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);

        HorizontalLayout policyRow = new HorizontalLayout(maxAttempts, timeLimit, scoring);
        policyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(links, heading, status, description, new H3(getTranslation("exercise-draft.policy")),
                policyRow, confidence, new H3(getTranslation("exercise-draft.hints")), hints,
                new H3(getTranslation("exercise-draft.spec-and-key")), new Paragraph(getTranslation("exercise-draft.spec-and-key.help")),
                dataset, bundleUploadDetails, specHolder, keyHolder, keyUploadDetails, labelKey, new HorizontalLayout(save, discard), error,
                problems);
    }

    /** The spec and key editors of the type: its structured forms, with YAML as the advanced view. */
    private void editorsFor(String type) {
        if (type.equals(editorsType)) {
            return;
        }
        spec = new FormOrYamlTreeEditor(this, ExerciseShapes.spec(type), getTranslation("exercise-draft.spec"), "exercise-spec");
        key = new FormOrYamlTreeEditor(this, ExerciseShapes.key(type), getTranslation("exercise-draft.key"), "exercise-key");
        // the key's references (labels, options, categories) follow the spec as it is typed
        spec.addFormChangeListener(() -> key.form().setSpecTree(spec.form().tree()));
        specHolder.removeAll();
        specHolder.add(spec.component());
        keyHolder.removeAll();
        keyHolder.add(key.component());
        editorsType = type;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = RouteIds.required(event, "courseId");
        slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        try {
            load();
        } catch (ExerciseDraftRefusedException unknown) {
            throw new NotFoundException();
        }
    }

    /** Reads the exercise again (its draft, else the published exercise), replacing what was typed. */
    private void load() {
        sheet = drafts.open(courseId, slug);
        // the course draft's modules, those added there included
        Map<String, String> moduleTitles = new LinkedHashMap<>();
        courseDrafts.open(courseId).modules().forEach(m -> moduleTitles.put(m.id(), m.title().in(getLocale())));
        description.setModules(moduleTitles);
        dataset.setDatasets(drafts.datasets(courseId));

        heading.setText(getTranslation("exercise-draft.heading", sheet.title().in(getLocale()), slug,
                getTranslation("exercise.type." + sheet.type())));
        description.show(sheet);
        maxAttempts.setValue(sheet.policy().maxAttempts());
        timeLimit.setValue(sheet.policy().timeLimitMinutes());
        scoring.setValue(sheet.policy().scoring());
        hints.show(sheet.policy().hints());
        confidence.show(sheet.policy().confidence());
        dataset.setValue(sheet.datasetId());
        editorsFor(sheet.type());
        spec.show(sheet.spec());
        key.form().setSpecTree(sheet.spec());
        key.show(sheet.key());
        labelKey.setVisible(ExerciseTypes.get(sheet.type()).keyLabelsDatasetItems());
        bundleUploadDetails.setVisible(ExerciseTypeUis.get(sheet.type()).importsIndicatorBundles());
        links.removeAll();
        RouterLink back = new RouterLink(getTranslation("exercise-draft.back-to-course"), CourseEditorView.class,
                new RouteParameters("courseId", String.valueOf(courseId)));
        RouterLink preview = new RouterLink(getTranslation("exercise-draft.preview-link"), ExerciseDraftPreviewView.class,
                new RouteParameters(Map.of("courseId", String.valueOf(courseId), "slug", slug)));
        preview.setId("exercise-preview-link");
        links.add(back, preview);
        showStatus();
        problems.show(sheet.problems(), spec, key);
        error.setVisible(false);
    }

    private void showStatus() {
        if (!sheet.isDraft()) {
            status.setText(getTranslation("exercise-draft.status.published"));
        } else {
            status.setText(getTranslation(sheet.created() ? "exercise-draft.status.new" : "exercise-draft.status.draft",
                    sheet.revision(), sheet.savedBy(), Formats.inZone(sheet.savedAt(), getLocale(), UserTimeZone.current())));
        }
    }

    /** The form as typed; null (with the reason shown) when part of it cannot even be read. */
    private ExerciseDraftContent typed() {
        List<String> unreadable = new ArrayList<>(spec.inputProblems());
        unreadable.addAll(key.inputProblems());
        if (!unreadable.isEmpty()) {
            // a word in a number field has no place in a tree: say where, keep everything as typed
            refuse(getTranslation("exercise-draft.error.form", unreadable.size(), String.join(" · ", unreadable)));
            return null;
        }
        Map<String, Object> specTree;
        Map<String, Object> keyTree;
        try {
            specTree = spec.tree();
        } catch (DraftYaml.NotATreeException bad) {
            refuse(getTranslation("exercise-draft.error.yaml", getTranslation("exercise-draft.spec.short"), bad.line(), ProblemTexts.of(this, bad.problem())));
            return null;
        }
        try {
            keyTree = key.tree();
        } catch (DraftYaml.NotATreeException bad) {
            refuse(getTranslation("exercise-draft.error.yaml", getTranslation("exercise-draft.key.short"), bad.line(), ProblemTexts.of(this, bad.problem())));
            return null;
        }
        List<AttemptPolicy.Hint> typedHints = hints.typed(this::refuse);
        var typedConfidence = confidence.typed(this::refuse);
        if (typedHints == null || typedConfidence == null) {
            return null;
        }
        // an empty number is 0, which the check refuses by name, rather than a silent default
        AttemptPolicy policy = new AttemptPolicy(maxAttempts.getValue() == null ? 0 : maxAttempts.getValue(),
                timeLimit.getValue(), scoring.getValue() == null ? ScoringPolicy.BEST : scoring.getValue(), typedHints,
                typedConfidence)
                // per-learner variants are set in the exercise's file (docs/content-format.md): the form keeps them
                .withVariants(sheet == null ? VariantPolicy.OFF : sheet.policy().variants());
        return new ExerciseDraftContent(description.moduleId(), description.titles(), description.instructions(),
                description.level(), description.forms(), policy, specTree, keyTree, dataset.getValue());
    }

    private void save() {
        ExerciseDraftContent content = typed();
        if (content == null) {
            return;
        }
        try {
            sheet = drafts.save(courseId, slug, content, sheet.revision());
            error.setVisible(false);
            showStatus();
            problems.show(sheet.problems(), spec, key);
            Notification.show(getTranslation(sheet.valid() ? "exercise-draft.saved" : "exercise-draft.saved-with-problems",
                    sheet.revision(), sheet.problems().size()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(sheet.valid() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        } catch (StaleDraftException stale) {
            offerReload(stale);
        } catch (ExerciseDraftRefusedException refused) {
            refuse(ExerciseDraftTexts.refused(this, refused));
        }
    }

    private void confirmDiscard() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("exercise-draft.discard.title"),
                getTranslation(sheet.created() ? "exercise-draft.discard.question-new" : "exercise-draft.discard.question"),
                getTranslation("exercise-draft.discard"), e -> discard());
        dialog.setId("exercise-discard-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void discard() {
        try {
            drafts.discard(courseId, slug, sheet.revision());
            if (sheet.created()) {
                getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class,
                        new RouteParameters("courseId", String.valueOf(courseId))));
            } else {
                load();
            }
        } catch (StaleDraftException stale) {
            offerReload(stale);
        }
    }

    /** The item-labelling key labelled in the learner's workspace over the saved draft's dataset. */
    private void labelKeyInWorkspace() {
        // the workspace shows the saved draft: its dataset and its labels
        if (sheet.datasetId() == null || !Objects.equals(dataset.getValue(), sheet.datasetId())) {
            refuse(getTranslation("exercise-draft.label-key.save-first"));
            return;
        }
        Map<String, Object> current;
        try {
            current = key.tree();
        } catch (DraftYaml.NotATreeException bad) {
            refuse(getTranslation("exercise-draft.error.yaml", getTranslation("exercise-draft.key.short"), bad.line(), ProblemTexts.of(this, bad.problem())));
            return;
        }
        try {
            KeyLabellingDialog dialog = new KeyLabellingDialog(drafts.learnerSheet(courseId, slug, getLocale()),
                    datasets, current, tree -> {
                        key.show(tree);
                        note(getTranslation("exercise-draft.label-key.applied"));
                    });
            dialog.open();
        } catch (ExerciseDraftRefusedException refused) {
            refuse(ExerciseDraftTexts.refused(this, refused));
        }
    }

    /**
     * An indicator exercise's published bundle: checked with its source and licence, then put in the
     * spec as typed ({@code bundle} and {@code intelligence}), the log lines kept; saved with the draft.
     */
    private IndicatorBundleUploadField bundleUploadField(IndicatorBundleUploads bundleUploads) {
        IndicatorBundleUploadField field = new IndicatorBundleUploadField(bundleUploads);
        field.addBundleListener(read -> {
            Map<String, Object> tree = new LinkedHashMap<>(specAsTyped());
            tree.put("bundle", read.bundle());
            tree.put("intelligence", Map.of("source", read.intelligence().source(),
                    "licence", read.intelligence().licence()));
            spec.show(tree);
            key.form().setSpecTree(tree);
            note(getTranslation("exercise-draft.bundle.uploaded", read.indicatorCount()));
        });
        return field;
    }

    /** The spec as typed, for checking an uploaded key; empty while it cannot be read. */
    private Map<String, Object> specAsTyped() {
        try {
            return spec.tree();
        } catch (DraftYaml.NotATreeException unreadable) {
            return Map.of();
        }
    }

    /** Something happened that the instructor should save: said where errors are said, in neutral colour. */
    private void note(String text) {
        error.setText(text);
        error.getStyle().remove("color");
        error.setVisible(true);
    }

    private void refuse(String text) {
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setText(text);
        error.setVisible(true);
    }

    private void offerReload(StaleDraftException stale) {
        String message = stale.savedBy() == null ? getTranslation("exercise-draft.stale.published")
                : getTranslation("exercise-draft.stale.saved", stale.savedBy(), Formats.inZone(stale.savedAt(), getLocale(), UserTimeZone.current()));
        refuse(message);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("exercise-draft.stale.title"), message,
                getTranslation("studio.lesson.stale.reload"), e -> load());
        dialog.setId("stale-exercise-draft");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("studio.lesson.stale.keep"));
        dialog.open();
    }

    /** The texts typed in, blank languages left out. */
    static LocalizedText texts(Map<String, String> typed) {
        Map<String, String> texts = new LinkedHashMap<>();
        typed.forEach((lang, value) -> {
            if (value != null && !value.isBlank()) {
                texts.put(lang, value);
            }
        });
        return new LocalizedText(texts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercise-draft.page-title") + " | " + getTranslation("app.title");
    }
}
