package org.tnracademy.ui.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.RefusedUpload;

/**
 * How every upload of the academy is received: the body is bounded on the server before it is
 * read. A body whose announced length is over the field's limit is refused unread; a body with no
 * announced length is read through a stream that stops at the limit plus one byte, so at most
 * that much is ever held; a file whose name is not of a type the field takes is refused unread.
 * The browser's own limit ({@code Upload.setMaxFileSize}) is only a courtesy to honest browsers.
 *
 * <p>A refusal answers the request with 422 and a message naming the field and its limit, shows
 * that message on the page, and is written to the audit log with who sent what and why. A body
 * within the limit is handed to the receiver whole, as {@link UploadHandler#inMemory} would.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for the multipart headers around the one file of a multipart request. */
    private static final long MULTIPART_OVERHEAD = 64L << 10;
    private static final double MEGABYTE = 1 << 20;

    private final RefusedUpload.Field field;
    private final long maxBytes;
    private final List<String> extensions;
    private final InMemoryUploadCallback receiver;

    private BoundedUpload(RefusedUpload.Field field, long maxBytes, List<String> extensions,
                          InMemoryUploadCallback receiver) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an upload limit is between 1 byte and 2 GiB, not " + maxBytes);
        }
        this.field = field;
        this.maxBytes = maxBytes;
        this.extensions = extensions.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.receiver = receiver;
    }

    /**
     * @param field      the field, for messages and the audit log
     * @param maxBytes   the most bytes a file of this field may have
     * @param extensions the endings a file name must have, such as {@code .csv}
     * @param receiver   given the file when it is within the limit, in the upload request
     */
    public static BoundedUpload of(RefusedUpload.Field field, long maxBytes, List<String> extensions,
                                   InMemoryUploadCallback receiver) {
        return new BoundedUpload(field, maxBytes, extensions, receiver);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        long announced = event.getFileSize();
        if (announced > maxBytes) {
            refuse(event, RefusedUpload.tooLarge(field, fileName, maxBytes, announced));
            return;
        }
        if (!typeAccepted(fileName)) {
            refuse(event, RefusedUpload.wrongType(field, fileName, event.getContentType()));
            return;
        }
        byte[] bytes;
        try (InputStream body = event.getInputStream()) {
            bytes = announced >= 0 ? readAnnounced(body, (int) announced)
                    // never more than one byte past the limit, whatever the body's real length
                    : body.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, RefusedUpload.tooLarge(field, fileName, maxBytes, -1));
            return;
        }
        receiver.complete(new UploadMetadata(fileName, event.getContentType(), bytes.length), bytes);
    }

    /** A body of an announced length within the limit, read into one array of that length. */
    private static byte[] readAnnounced(InputStream body, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = body.readNBytes(bytes, 0, length);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    /** A multipart request is parsed by the servlet container: its limits say how much it may hold. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** The most bytes a file of this field may have. */
    public long maxBytes() {
        return maxBytes;
    }

    private boolean typeAccepted(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }

    private void refuse(UploadEvent event, RefusedUpload refused) {
        UI ui = event.getUI();
        String message = message(ui, refused);
        event.reject(message);
        // the views that make uploads have no injection: the audit log is the session's Spring bean
        AuditLog audit = event.getSession().getService().getInstantiator().getOrCreate(AuditLog.class);
        audit.recordRefusedUpload(refused, event.getRequest().getRemoteAddr());
        ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    /** The refusal in the page's language, naming the field and its limit or the types it takes. */
    String message(UI ui, RefusedUpload refused) {
        String fieldName = ui.getTranslation("upload-limits.field." + field.name());
        String file = refused.fileName() == null ? "" : refused.fileName();
        return refused.why() == RefusedUpload.Why.WRONG_TYPE
                ? ui.getTranslation("upload-limits.refused.wrong-type", fieldName, file, String.join(", ", extensions))
                : ui.getTranslation("upload-limits.refused.too-large", fieldName, file, maxBytes / MEGABYTE);
    }
}
