package org.tnracademy.ui.studio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.studio.upload.KeyFile;
import org.tnracademy.core.studio.upload.KeyUploads;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * Upload of an exercise's answer key: YAML in the pack's key format, or for item-labelling a CSV
 * {@code item,label,explanation_en} plus an {@code explanation_<language>} column per other content language. The key is checked against the exercise as it
 * stands in the editor (its type, spec and dataset, asked for when a file arrives): every problem
 * is listed with its line, or the listeners get the key tree.
 */
public class KeyUploadField extends Composite<VerticalLayout> {

    private final Upload upload = new Upload();
    private final Paragraph status = new Paragraph();
    private final UploadProblemsGrid problems = new UploadProblemsGrid("key-upload-problems");
    private final List<Consumer<Map<String, Object>>> listeners = new ArrayList<>();

    /**
     * @param typeId    the exercise's type id, such as {@code item-labelling}
     * @param spec      the exercise's spec tree as the editor holds it
     * @param datasetId the exercise's stored dataset, or null when it has none yet
     */
    public KeyUploadField(KeyUploads keys, Supplier<String> typeId, Supplier<Map<String, Object>> spec,
                          Supplier<Long> datasetId) {
        UI ui = UI.getCurrent();
        upload.setId("key-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", ".csv");
        upload.setMaxFileSize(KeyFile.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18n.apply(upload, getTranslation("upload.key.button"), getTranslation("upload.key.drop"),
                getTranslation("upload.key.rejected"));
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.EXERCISE_KEY, KeyFile.MAX_BYTES,
                List.of(".yaml", ".yml", ".csv"), (meta, data) ->
                // the editor's fields are read under the page's lock, in the upload request (signed in)
                ui.access(() -> {
                    try {
                        Map<String, Object> key = keys.read(typeId.get(), meta.fileName(), data, spec.get(),
                                datasetId.get());
                        problems.hide();
                        status.setText(getTranslation("upload.key.read", meta.fileName()));
                        List.copyOf(listeners).forEach(l -> l.accept(key));
                    } catch (PackValidationException refused) {
                        status.setText(getTranslation("upload.key.refused", meta.fileName()));
                        problems.show(refused.problems());
                    }
                    status.setVisible(true);
                    upload.clearFileList();
                })));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("upload.key.rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        status.setId("key-upload-status");
        status.setVisible(false);
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout(upload, status, problems);
        layout.setPadding(false);
        return layout;
    }

    /** Called with the key tree of every valid uploaded key file. */
    public Registration addKeyListener(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
