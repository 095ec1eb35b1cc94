package org.tnracademy.ui.cohort;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.cohort.CohortChangeRefusedException;
import org.tnracademy.core.cohort.CohortProblem;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * Upload of a CSV file of usernames to enrol in a cohort. The file is checked whole: every
 * problem is listed with its row, and one problem means nobody is enrolled.
 */
class CohortCsvEnrolment extends Composite<Upload> {

    static final int MAX_BYTES = 1 << 20;

    private final Upload upload = new Upload();

    @Override
    protected Upload initContent() {
        return upload;
    }

    CohortCsvEnrolment(CohortService cohorts, long cohortId, Runnable onEnrolled) {
        UI ui = UI.getCurrent();
        upload.setId("enrol-csv");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("cohorts.csv-button"))
                .setMany(getTranslation("cohorts.csv-button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("cohorts.csv-drop"))
                .setMany(getTranslation("cohorts.csv-drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("cohorts.csv-rejected"))
                .setIncorrectFileType(getTranslation("cohorts.csv-rejected"))
                .setTooManyFiles(getTranslation("cohorts.csv-rejected")));
        upload.setI18n(i18n);
        upload.setDropLabel(new Paragraph(getTranslation("cohorts.csv-hint",
                String.join(",", CohortService.CSV_COLUMNS))));
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.COHORT_ENROLMENT, MAX_BYTES, List.of(".csv"),
                (meta, bytes) -> {
            // runs in the upload request, signed in as the manager; the page is updated under its lock
            enrol(cohorts, cohortId, new String(bytes, StandardCharsets.UTF_8), ui, onEnrolled);
            ui.access(upload::clearFileList);
        }));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("cohorts.csv-rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    void enrol(CohortService cohorts, long cohortId, String csv, UI ui, Runnable onEnrolled) {
        try {
            int enrolled = cohorts.enrolFromCsv(cohortId, csv);
            ui.access(() -> {
                Notification.show(getTranslation("cohorts.enrolled", enrolled), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onEnrolled.run();
            });
        } catch (CohortChangeRefusedException refused) {
            ui.access(() -> report(refused.problems()));
        }
    }

    void report(List<CohortProblem> problems) {
        Dialog dialog = new Dialog(getTranslation("cohorts.csv-refused", problems.size()));
        dialog.setId("enrol-problems");
        Grid<CohortProblem> grid = new Grid<>();
        grid.setId("enrol-problem-rows");
        grid.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("cohorts.row"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> CohortProblemText.field(this, p)).setHeader(getTranslation("cohorts.column"))
                .setAutoWidth(true);
        grid.addColumn(p -> CohortProblemText.of(this, p)).setHeader(getTranslation("cohorts.problem"))
                .setFlexGrow(2);
        grid.setItems(problems);
        grid.setWidth("44rem");
        dialog.add(new Paragraph(getTranslation("cohorts.csv-nobody-enrolled")), grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
