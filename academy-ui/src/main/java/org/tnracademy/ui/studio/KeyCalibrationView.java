package org.tnracademy.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.studio.CalibrationRefusedException;
import org.tnracademy.core.studio.CalibrationSheet;
import org.tnracademy.core.studio.KeyAgreement;
import org.tnracademy.core.studio.KeyCalibrations;
import org.tnracademy.exercises.agreement.Disagreement;
import org.tnracademy.exercises.agreement.Kappa;
import org.tnracademy.exercises.agreement.LabelKappa;
import org.tnracademy.exercises.agreement.RaterAgreement;
import org.tnracademy.ui.exercise.ExerciseParts;
import org.tnracademy.ui.exercise.labelling.LabellingWorkspace;
import org.tnracademy.ui.i18n.Formats;
import org.tnracademy.ui.instructor.InstructorCoursesView;
import org.tnracademy.ui.routing.RouteIds;

/**
 * Calibrating an item-labelling key: a second instructor labels the dataset in the workspace
 * learners use, with the key hidden, and once the labels are saved sees how far they agree with the
 * key (Cohen's kappa overall and per label) and the items in dispute, before the key is trusted.
 */
@Route("instructor/exercises/:exerciseId/calibrate")
@RolesAllowed("INSTRUCTOR")
public class KeyCalibrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final DatasetService datasets;
    private final KeyCalibrations calibrations;

    private ExerciseSheet sheet;
    private CalibrationSheet calibration;
    private LabellingWorkspace workspace;
    private final Paragraph error = new Paragraph();
    private final Div result = new Div();

    public KeyCalibrationView(CatalogService catalog, DatasetService datasets, KeyCalibrations calibrations) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.calibrations = calibrations;
        error.setId("calibration-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        result.setId("calibration-result");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "exerciseId");
        sheet = catalog.exercise(id, getLocale()).orElseThrow(NotFoundException::new);
        try {
            calibration = calibrations.open(id);
        } catch (CalibrationRefusedException refused) {
            // a type other than item labelling has no dataset to label
            throw new NotFoundException();
        }
        removeAll();
        workspace = (LabellingWorkspace) ExerciseParts.workspace(sheet, datasets);
        workspace.setLabels(calibration.ownLabels());
        Paragraph note = new Paragraph(getTranslation("key-calibration.note"));
        note.setId("calibration-note");
        Button save = new Button(getTranslation("key-calibration.save"), e -> save());
        save.setId("calibration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new RouterLink(getTranslation("studio.back-to-courses"), InstructorCoursesView.class),
                new H2(getTranslation("key-calibration.title", sheet.title().in(getLocale()),
                        calibration.keyVersion())), note, workspace, save, error, result);
        result.removeAll();
        if (calibration.isSaved()) {
            showAgreement(calibrations.agreement(id));
        }
    }

    private void save() {
        if (workspace.unansweredCount() > 0) {
            refuse(getTranslation("key-calibration.refused.ITEMS_UNLABELLED", workspace.unansweredCount()));
            return;
        }
        try {
            KeyAgreement agreement = calibrations.save(sheet.id(), calibration.keyVersion(), workspace.answer());
            error.setVisible(false);
            showAgreement(agreement);
            Notification.show(getTranslation("key-calibration.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CalibrationRefusedException refused) {
            refuse(switch (refused.reason()) {
                case ITEMS_UNLABELLED -> getTranslation("key-calibration.refused.ITEMS_UNLABELLED",
                        refused.items().size());
                case INVALID_LABELS -> getTranslation("key-calibration.refused.INVALID_LABELS",
                        String.join(", ", refused.items()));
                default -> getTranslation("key-calibration.refused." + refused.reason().name());
            });
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    /** The agreement, shown only once the calibrator's own labels are saved: it reveals the key. */
    private void showAgreement(KeyAgreement keyAgreement) {
        RaterAgreement agreement = keyAgreement.agreement();
        result.removeAll();
        Paragraph kappa = new Paragraph(kappaText(agreement.overall(), true));
        kappa.setId("calibration-kappa");
        Paragraph observed = new Paragraph(getTranslation("key-calibration.observed",
                Math.round(agreement.observedAgreement() * agreement.items()), agreement.items(),
                Formats.percent(agreement.observedAgreement(), getLocale())));
        observed.setId("calibration-observed");

        Grid<LabelKappa> perLabel = new Grid<>();
        perLabel.setId("calibration-per-label");
        perLabel.addColumn(l -> labelTitle(l.label())).setHeader(getTranslation("key-calibration.label"));
        perLabel.addColumn(l -> kappaText(l.kappa(), false)).setHeader(getTranslation("key-calibration.kappa"))
                .setFlexGrow(2);
        perLabel.addColumn(LabelKappa::firstCount).setHeader(getTranslation("key-calibration.key-count"));
        perLabel.addColumn(LabelKappa::secondCount).setHeader(getTranslation("key-calibration.own-count"));
        perLabel.addColumn(LabelKappa::bothCount).setHeader(getTranslation("key-calibration.both-count"));
        perLabel.setItems(agreement.perLabel());
        perLabel.setAllRowsVisible(true);

        H3 disputedHeading = new H3(getTranslation("key-calibration.disagreements",
                agreement.disagreements().size()));
        result.add(new H3(getTranslation("key-calibration.agreement", keyAgreement.keyVersion())), kappa,
                observed, perLabel, disputedHeading);
        if (agreement.disagreements().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("key-calibration.no-disagreement"));
            none.setId("calibration-no-disagreement");
            result.add(none);
            return;
        }
        Grid<Disagreement> disputed = new Grid<>();
        disputed.setId("calibration-disagreements");
        disputed.addColumn(Disagreement::item).setHeader(getTranslation("key-calibration.item"));
        disputed.addColumn(d -> labelTitle(d.firstLabel())).setHeader(getTranslation("key-calibration.key-label"));
        disputed.addColumn(d -> labelTitle(d.secondLabel()))
                .setHeader(getTranslation("key-calibration.own-label"));
        disputed.setItems(agreement.disagreements());
        disputed.setAllRowsVisible(true);
        result.add(disputed);
    }

    private String kappaText(Kappa kappa, boolean overall) {
        if (kappa.isDefined()) {
            String value = Formats.decimal(kappa.value().getAsDouble(), getLocale());
            return overall ? getTranslation("key-calibration.kappa-overall", value) : value;
        }
        return getTranslation("key-calibration.undefined." + kappa.undefined().name());
    }

    private String labelTitle(String id) {
        return sheet.labels().stream().filter(l -> l.id().equals(id)).findFirst()
                .map(l -> l.title().in(getLocale())).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("key-calibration.page-title") + " | " + getTranslation("app.title");
    }
}
