package org.tnracademy.ui.admin;

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
import org.tnracademy.core.account.AccountAdministration;
import org.tnracademy.core.account.AccountChangeRefusedException;
import org.tnracademy.core.account.AccountProblem;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * Upload of a CSV file of analysts. The file is checked whole: every problem is listed with its
 * row, and one problem means no account is created.
 */
class LearnerCsvImport extends Composite<Upload> {

    static final int MAX_BYTES = 1 << 20;

    private final Upload upload = new Upload();

    @Override
    protected Upload initContent() {
        return upload;
    }

    LearnerCsvImport(AccountAdministration admin, Runnable onImported) {
        UI ui = UI.getCurrent();
        upload.setId("import-learners");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("accounts.import-button"))
                .setMany(getTranslation("accounts.import-button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("accounts.import-drop"))
                .setMany(getTranslation("accounts.import-drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("accounts.import-rejected"))
                .setIncorrectFileType(getTranslation("accounts.import-rejected"))
                .setTooManyFiles(getTranslation("accounts.import-rejected")));
        upload.setI18n(i18n);
        upload.setDropLabel(new Paragraph(getTranslation("accounts.import-hint", String.join(",",
                AccountAdministration.CSV_COLUMNS))));
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.ACCOUNT_IMPORT, MAX_BYTES, List.of(".csv"),
                (meta, bytes) -> {
            // runs in the upload request, signed in as the administrator; the page is updated under its lock
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
                int created = admin.importLearners(text);
                ui.access(() -> {
                    Notification.show(getTranslation("accounts.imported", created), 5000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onImported.run();
                });
            } catch (AccountChangeRefusedException refused) {
                ui.access(() -> report(refused.problems()));
            }
            ui.access(upload::clearFileList);
        }));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("accounts.import-rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    void report(List<AccountProblem> problems) {
        Dialog dialog = new Dialog(getTranslation("accounts.import-refused", problems.size()));
        dialog.setId("import-problems");
        Grid<AccountProblem> grid = new Grid<>();
        grid.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("accounts.row"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(AccountProblem::field).setHeader(getTranslation("accounts.field")).setAutoWidth(true);
        grid.addColumn(p -> AccountProblemText.of(this, p)).setHeader(getTranslation("accounts.problem"))
                .setFlexGrow(2);
        grid.setItems(problems);
        grid.setWidth("44rem");
        dialog.add(new Paragraph(getTranslation("accounts.import-nothing-created")), grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
