package org.tnracademy.ui.studio;

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
import org.tnracademy.ui.i18n.ProblemTexts;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.studio.PackUpload;
import org.tnracademy.core.studio.UploadedPack;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * Upload of a content pack zip. The pack is checked whole before anything is imported: a pack with
 * problems imports nothing, and every problem is listed with its file, line and reason.
 */
public class PackUploadField extends Composite<Upload> {

    private final Upload upload = new Upload();

    public PackUploadField(PackUpload packs, Runnable onImported) {
        UI ui = UI.getCurrent();
        upload.setId("pack-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(PackUpload.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("studio.upload.button"))
                .setMany(getTranslation("studio.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("studio.upload.drop"))
                .setMany(getTranslation("studio.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("studio.upload.rejected"))
                .setIncorrectFileType(getTranslation("studio.upload.rejected"))
                .setTooManyFiles(getTranslation("studio.upload.rejected")));
        upload.setI18n(i18n);
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.COURSE_PACK, PackUpload.MAX_UPLOAD_BYTES,
                List.of(".zip"), (meta, bytes) -> {
            // runs in the upload request, signed in as the instructor; the page is updated under its lock
            try {
                UploadedPack imported = packs.importZip(meta.fileName(), bytes);
                ui.access(() -> {
                    Notification.show(getTranslation("studio.upload.done." + imported.outcome().name(),
                            imported.courseSlug(), imported.packVersion()), 6000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    onImported.run();
                });
            } catch (PackValidationException refused) {
                ui.access(() -> report(refused.problems()));
            }
            ui.access(upload::clearFileList);
        }));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("studio.upload.rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    @Override
    protected Upload initContent() {
        return upload;
    }

    private void report(List<PackProblem> problems) {
        Dialog dialog = new Dialog(getTranslation("studio.upload.refused", problems.size()));
        dialog.setId("pack-problems");
        Grid<PackProblem> grid = new Grid<>();
        grid.addColumn(PackProblem::file).setHeader(getTranslation("studio.upload.file")).setAutoWidth(true);
        grid.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line())).setHeader(getTranslation("studio.upload.line"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(p -> ProblemTexts.atField(this, p.field(), p.message())).setHeader(getTranslation("studio.upload.reason")).setFlexGrow(3);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(problems);
        grid.setWidth("56rem");
        dialog.add(new Paragraph(getTranslation("studio.upload.nothing-imported")), grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
