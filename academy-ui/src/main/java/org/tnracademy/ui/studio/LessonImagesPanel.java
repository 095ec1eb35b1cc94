package org.tnracademy.ui.studio;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.media.CourseImageInfo;
import org.tnracademy.core.media.ImageLibrary;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.core.media.ImageRefusedException;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.ui.upload.BoundedUpload;

/**
 * The pictures of the lesson's course in the lesson editor: upload one (checked by the core: name,
 * type, size, content), see the course's pictures, and insert one into the Markdown. Inserting
 * needs an alt text, so readers who cannot see the picture are told what it shows.
 */
public class LessonImagesPanel extends VerticalLayout {

    private static final long MEGABYTE = 1L << 20;

    private final ImageLibrary library;
    private final long courseId;
    private final Consumer<String> insertMarkdown;
    private final Runnable picturesChanged;

    private final TextField alt = new TextField();
    private final Grid<CourseImageInfo> list = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Upload upload = new Upload();
    private ImageLinks links = ImageLinks.NONE;

    /**
     * @param insertMarkdown  adds a picture's Markdown to the lesson text
     * @param picturesChanged called after an upload, to render the preview with the new picture
     */
    public LessonImagesPanel(ImageLibrary library, long courseId, Consumer<String> insertMarkdown,
                             Runnable picturesChanged) {
        this.library = library;
        this.courseId = courseId;
        this.insertMarkdown = insertMarkdown;
        this.picturesChanged = picturesChanged;
        setId("lesson-images");
        setPadding(false);
        long maxMegabytes = PackImages.maxUploadBytes() / MEGABYTE;
        Paragraph hint = new Paragraph(getTranslation("images.hint", maxMegabytes));
        alt.setId("image-alt");
        alt.setLabel(getTranslation("images.alt"));
        alt.setWidthFull();
        alt.setMaxLength(300);
        error.setId("image-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        none.setId("images-none");
        none.setText(getTranslation("images.none"));
        configureUpload(maxMegabytes);
        configureList();
        add(new H3(getTranslation("images.heading")), hint, upload, alt, list, none, error);
        refresh();
    }

    /** Where the preview shows the course's pictures from: the newest upload under each name. */
    public ImageLinks links() {
        return links;
    }

    private void configureUpload(long maxMegabytes) {
        UI ui = UI.getCurrent();
        upload.setId("image-upload");
        upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg", ".webp", "image/png", "image/jpeg", "image/webp");
        upload.setMaxFileSize((int) PackImages.maxUploadBytes());
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("images.upload.button"))
                .setMany(getTranslation("images.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("images.upload.drop"))
                .setMany(getTranslation("images.upload.drop")));
        String rejected = getTranslation("images.upload.rejected", maxMegabytes);
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                .setTooManyFiles(rejected));
        upload.setI18n(i18n);
        upload.setUploadHandler(BoundedUpload.of(RefusedUpload.Field.LESSON_PICTURE, PackImages.maxUploadBytes(),
                List.of(".png", ".jpg", ".jpeg", ".webp"), (meta, bytes) -> {
            // runs in the upload request, signed in as the instructor; the page is updated under its lock
            try {
                CourseImageInfo stored = library.upload(courseId, meta.fileName(), bytes);
                ui.access(() -> {
                    error.setVisible(false);
                    refresh();
                    list.select(stored);
                    picturesChanged.run();
                    Notification.show(getTranslation("images.uploaded", stored.lessonReference()), 5000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
            } catch (ImageRefusedException refused) {
                ui.access(() -> showError(getTranslation("images.refused." + refused.reason().name(),
                        refused.fileName(), maxMegabytes)));
            }
            ui.access(upload::clearFileList);
        }));
        upload.addFileRejectedListener(e -> showError(rejected));
    }

    private void configureList() {
        list.setId("image-list");
        list.addColumn(new ComponentRenderer<>(info -> {
            Image thumbnail = new Image(info.url(), info.fileName());
            thumbnail.setMaxHeight("3rem");
            thumbnail.setMaxWidth("6rem");
            return thumbnail;
        })).setHeader(getTranslation("images.column.picture")).setWidth("7rem").setFlexGrow(0);
        list.addColumn(CourseImageInfo::lessonReference).setHeader(getTranslation("images.column.reference"))
                .setAutoWidth(true);
        list.addColumn(info -> getTranslation(info.published() ? "images.status.published" : "images.status.draft"))
                .setHeader(getTranslation("images.column.status")).setAutoWidth(true);
        list.addColumn(new ComponentRenderer<>(info -> {
            Button insert = new Button(getTranslation("images.insert"), e -> insert(info));
            insert.setId("insert-" + info.fileName());
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return insert;
        })).setWidth("7rem").setFlexGrow(0);
        list.setAllRowsVisible(true);
        list.setWidthFull();
    }

    /** The picture's Markdown at the end of the text, with the alt text typed; refused without one. */
    void insert(CourseImageInfo info) {
        String description = alt.getValue() == null ? "" : alt.getValue().strip();
        if (description.isEmpty()) {
            alt.setInvalid(true);
            alt.setErrorMessage(getTranslation("images.alt.required"));
            showError(getTranslation("images.alt.required"));
            alt.focus();
            return;
        }
        alt.setInvalid(false);
        error.setVisible(false);
        insertMarkdown.accept("![" + escaped(description) + "](" + info.lessonReference() + ")");
        alt.clear();
        Notification.show(getTranslation("images.inserted", info.lessonReference()), 4000,
                Notification.Position.BOTTOM_START);
    }

    private void refresh() {
        List<CourseImageInfo> pictures = library.list(courseId);
        list.setItems(pictures);
        list.setVisible(!pictures.isEmpty());
        none.setVisible(pictures.isEmpty());
        links = library.previewLinks(courseId);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** Alt text stays one line of text: brackets and backslashes would end or change the Markdown image. */
    private static String escaped(String description) {
        return description.replaceAll("\\s+", " ").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
