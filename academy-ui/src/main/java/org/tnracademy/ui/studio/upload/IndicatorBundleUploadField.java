package org.tnracademy.ui.studio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import org.tnracademy.core.studio.upload.IndicatorBundleFile;
import org.tnracademy.core.studio.upload.IndicatorBundlePreview;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.studio.upload.IndicatorBundleUploads;
import org.tnracademy.ui.upload.BoundedUpload;
import org.tnracademy.exercises.indicators.IntelligenceSource;

/**
 * Upload of an indicator exercise's reference intelligence: a STIX 2.1 bundle as researchers
 * publish it ({@code .json} or {@code .stix2}) with its source (URL or citation) and licence, both
 * required. The core checks the file and both fields: every problem is listed with its line, or the
 * listeners get the bundle and its source for the exercise's spec.
 */
public class IndicatorBundleUploadField extends Composite<VerticalLayout> {

    private final TextField source = new TextField();
    private final TextField licence = new TextField();
    private final Upload upload = new Upload();
    private final Paragraph status = new Paragraph();
    private final UploadProblemsGrid problems = new UploadProblemsGrid("bundle-upload-problems");
    private final List<Consumer<IndicatorBundlePreview>> listeners = new ArrayList<>();

    public IndicatorBundleUploadField(IndicatorBundleUploads bundles) {
        UI ui = UI.getCurrent();
        source.setId("bundle-upload-source");
        source.setLabel(getTranslation("upload.bundle.source"));
        source.setHelperText(getTranslation("upload.bundle.source.help"));
        source.setRequiredIndicatorVisible(true);
        source.setMaxLength(IntelligenceSource.MAX_SOURCE_LENGTH);
        source.setWidthFull();
        licence.setId("bundle-upload-licence");
        licence.setLabel(getTranslation("upload.bundle.licence"));
        licence.setHelperText(getTranslation("upload.bundle.licence.help"));
        licence.setRequiredIndicatorVisible(true);
        licence.setMaxLength(IntelligenceSource.MAX_LICENCE_LENGTH);
        upload.setId("bundle-upload");
        upload.setAcceptedFileTypes(".json", ".stix2");
        upload.setMaxFileSize(IndicatorBundleFile.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18n.apply(upload, getTranslation("upload.bundle.button"), getTranslation("upload.bundle.drop"),
                getTranslation("upload.bundle.rejected"));
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.INDICATOR_BUNDLE, IndicatorBundleFile.MAX_BYTES,
                List.of(".json", ".stix2"), (meta, data) ->
                // the source and licence fields are read under the page's lock, in the upload request (signed in)
                ui.access(() -> {
                    IndicatorBundlePreview read = bundles.read(meta.fileName(), data, source.getValue(),
                            licence.getValue());
                    if (read.valid()) {
                        problems.hide();
                        status.setText(getTranslation("upload.bundle.read", read.fileName(), read.indicatorCount()));
                        List.copyOf(listeners).forEach(l -> l.accept(read));
                    } else {
                        status.setText(getTranslation("upload.bundle.refused", read.fileName()));
                        problems.show(read.problems());
                    }
                    status.setVisible(true);
                    upload.clearFileList();
                })));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("upload.bundle.rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        status.setId("bundle-upload-status");
        status.setVisible(false);
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("upload.bundle.help")), source, licence,
                upload, status, problems);
        layout.setPadding(false);
        return layout;
    }

    /** Called with every valid uploaded bundle, its source and licence. */
    public Registration addBundleListener(Consumer<IndicatorBundlePreview> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
