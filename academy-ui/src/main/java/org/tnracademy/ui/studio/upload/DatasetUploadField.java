package org.tnracademy.ui.studio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.studio.upload.DatasetFile;
import org.tnracademy.core.studio.upload.DatasetPreview;
import org.tnracademy.core.studio.upload.DatasetUploads;
import org.tnracademy.core.studio.upload.StoredDataset;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * Upload of an exercise's dataset (CSV, JSON Lines or STIX 2.1 bundle). The file is read first and
 * shown: its items in a grid, page by page, or every problem with its line. Only a file without
 * problems can be used; "Use this dataset" stores it and tells the listeners its id, name and size.
 */
public class DatasetUploadField extends Composite<VerticalLayout> {

    private final DatasetUploads uploads;
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final UploadProblemsGrid problems = new UploadProblemsGrid("dataset-upload-problems");
    private final Grid<CoursePack.Post> items = new Grid<>();
    private final Button use = new Button();
    private final List<Consumer<StoredDataset>> listeners = new ArrayList<>();

    /** The file on show, until it is stored or another one replaces it. */
    private String fileName;
    private byte[] bytes;

    public DatasetUploadField(DatasetUploads uploads) {
        this.uploads = uploads;
        UI ui = UI.getCurrent();
        upload.setId("dataset-upload");
        upload.setAcceptedFileTypes(".csv", ".jsonl", ".json");
        upload.setMaxFileSize(DatasetFile.MAX_BYTES);
        upload.setMaxFiles(1);
        UploadI18n.apply(upload, getTranslation("upload.dataset.button"), getTranslation("upload.dataset.drop"),
                getTranslation("upload.dataset.rejected"));
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.DATASET, DatasetFile.MAX_BYTES,
                List.of(".csv", ".jsonl", ".json"), (meta, data) -> {
            // read in the upload request (signed in as the instructor); shown under the page's lock
            DatasetPreview preview = uploads.preview(meta.fileName(), data);
            ui.access(() -> {
                show(preview, data);
                upload.clearFileList();
            });
        }));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("upload.dataset.rejected"), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));

        summary.setId("dataset-upload-summary");
        summary.setVisible(false);
        items.setId("dataset-upload-preview");
        items.addColumn(CoursePack.Post::id).setHeader(getTranslation("upload.column.id")).setAutoWidth(true);
        items.addColumn(CoursePack.Post::platform).setHeader(getTranslation("upload.column.platform")).setAutoWidth(true);
        items.addColumn(CoursePack.Post::author).setHeader(getTranslation("upload.column.author")).setAutoWidth(true);
        items.addColumn(CoursePack.Post::lang).setHeader(getTranslation("upload.column.lang")).setAutoWidth(true);
        items.addColumn(p -> p.postedAt() == null ? "" : p.postedAt().toString())
                .setHeader(getTranslation("upload.column.posted-at")).setAutoWidth(true);
        items.addColumn(CoursePack.Post::text).setHeader(getTranslation("upload.column.text")).setFlexGrow(3);
        items.addThemeName("wrap-cell-content");
        items.setVisible(false);
        use.setId("dataset-upload-use");
        use.setText(getTranslation("upload.dataset.use"));
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.setVisible(false);
        use.addClickListener(e -> store());
    }

    @Override
    protected VerticalLayout initContent() {
        VerticalLayout layout = new VerticalLayout(upload, summary, problems, items, use);
        layout.setPadding(false);
        return layout;
    }

    /** Called with the stored dataset after "Use this dataset". */
    public Registration addStoredListener(Consumer<StoredDataset> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void show(DatasetPreview preview, byte[] data) {
        summary.setVisible(true);
        if (preview.valid()) {
            fileName = preview.fileName();
            bytes = data;
            summary.setText(getTranslation("upload.dataset.read", preview.fileName(), preview.itemCount(),
                    getTranslation("upload.dataset.format." + preview.format().orElseThrow().name())));
            problems.hide();
            items.setItems(q -> preview.items(q.getOffset(), q.getLimit()).stream(), q -> preview.itemCount());
            items.setVisible(true);
            use.setEnabled(true);
            use.setVisible(true);
        } else {
            forget();
            summary.setText(getTranslation("upload.dataset.refused", preview.fileName()));
            problems.show(preview.problems());
        }
    }

    private void store() {
        if (bytes == null) {
            return;
        }
        try {
            StoredDataset stored = uploads.store(fileName, bytes);
            forget();
            summary.setText(getTranslation("upload.dataset.stored", stored.name(), stored.itemCount()));
            Notification.show(summary.getText(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            List.copyOf(listeners).forEach(l -> l.accept(stored));
        } catch (PackValidationException refused) {
            summary.setText(getTranslation("upload.dataset.refused", fileName));
            forget();
            problems.show(refused.problems());
        }
    }

    /** Lets go of the file and its items: nothing is kept in the session once it is stored or refused. */
    private void forget() {
        fileName = null;
        bytes = null;
        items.setItems(List.of());
        items.setVisible(false);
        use.setVisible(false);
    }
}
