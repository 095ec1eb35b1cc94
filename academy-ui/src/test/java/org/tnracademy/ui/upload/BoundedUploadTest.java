package org.tnracademy.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.audit.RefusedUpload;

/**
 * The bounded receiver every upload shares: what it reads of a body over the limit, with or
 * without an announced length, what it tells the sender, and what it writes to the audit log.
 */
@SpringBootTest
@WithMockUser(username = "bounded-uploader", roles = "INSTRUCTOR")
class BoundedUploadTest extends SpringBrowserlessTest {

    static final int LIMIT = 512 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    final List<byte[]> received = new ArrayList<>();
    final BoundedUpload handler = BoundedUpload.of(RefusedUpload.Field.DATASET, LIMIT, List.of(".csv", ".jsonl"),
            (meta, bytes) -> received.add(bytes));
    Upload upload;

    @BeforeEach
    void page() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        upload = new Upload();
        UI.getCurrent().add(upload);
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedWithoutReadingAByte() throws IOException {
        Body body = new Body(LIMIT + 100_000L);
        UploadEvent event = event("posts.csv", LIMIT + 100_000L, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isZero();
        assertThat(received).isEmpty();
        assertThat(event.getRejectionMessage()).isEqualTo(
                "posts.csv was refused: “Dataset file” takes files of at most 0.5 MB. Nothing was kept.");
        assertThat(audited()).contains("DATASET 'posts.csv' TOO_LARGE: 624288 bytes announced, limit 524288 bytes;"
                + " nothing was read");
    }

    @Test
    void aBodyWithoutALengthIsReadOnlyToOneBytePastTheLimit() throws IOException {
        Body body = new Body(64L << 20);
        UploadEvent event = event("stream.csv", -1, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isEqualTo(LIMIT + 1);
        assertThat(received).isEmpty();
        assertThat(audited()).contains("DATASET 'stream.csv' TOO_LARGE: more than 524288 bytes sent, the limit;"
                + " reading stopped there");
    }

    @Test
    void aBodyOfExactlyTheLimitReachesTheReceiverWhole() throws IOException {
        UploadEvent event = event("Posts.JSONL", -1, new Body(LIMIT));

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
    }

    @Test
    void aBodyAnnouncedWithinTheLimitIsReadWhole() throws IOException {
        Body body = new Body(1000);
        UploadEvent event = event("posts.csv", 1000, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(body.read).isEqualTo(1000);
        assertThat(received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(1000));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedUnreadAndTheMessageNamesTheTypesTaken() throws IOException {
        Body body = new Body(10);
        UploadEvent event = event("posts.exe", 10, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isZero();
        assertThat(event.getRejectionMessage()).isEqualTo("posts.exe was refused: “Dataset file” takes only .csv, .jsonl files.");
        assertThat(audited()).contains("DATASET 'posts.exe' WRONG_TYPE: type application/octet-stream not accepted");
    }

    @Test
    void aFrenchPageIsToldInFrench() throws IOException {
        UI.getCurrent().setLocale(Locale.FRENCH);
        UploadEvent event = event("posts.csv", LIMIT + 1L, new Body(LIMIT + 1L));

        handler.handleUploadRequest(event);

        assertThat(event.getRejectionMessage()).isEqualTo(
                "posts.csv a été refusé : « Fichier de jeu de données » accepte des fichiers de 0,5 Mo au plus. "
                        + "Rien n’a été conservé.");
    }

    private UploadEvent event(String fileName, long announced, InputStream body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        when(request.getRemoteAddr()).thenReturn("203.0.113.9");
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), fileName, announced,
                "application/octet-stream", upload.getElement(), null);
    }

    private List<String> audited() {
        return jdbc.queryForList("select detail from audit_entry where action = 'UPLOAD_REFUSED' and actor = ? "
                + "and remote_address = '203.0.113.9'", String.class, "bounded-uploader");
    }

    /** A body of any length, made as it is read, that counts what was read of it. */
    static final class Body extends InputStream {

        private long left;
        long read;

        Body(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(into, offset, offset + n, (byte) 'x');
            left -= n;
            read += n;
            return n;
        }
    }
}
