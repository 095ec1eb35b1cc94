package org.tnracademy.ui.badge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.tnracademy.core.badge.BadgeFile;
import org.tnracademy.core.badge.BadgeService;
import org.tnracademy.core.certificate.CertificateRefusedException;
import org.tnracademy.ui.certificate.PublicAddress;

/**
 * A passed course's Open Badge, beside its certificate: the signed badge as a {@code .jwt} file
 * (what a wallet or another platform takes) and the credential it carries as readable JSON.
 * The badge is issued on the first download (of it or of the certificate), once.
 */
public class BadgeDownloads extends Div {

    public BadgeDownloads(BadgeService badges, long courseId) {
        String academy = PublicAddress.of("");
        String refused = getTranslation("badges.refused");
        addClassName("badge-downloads");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(link(badges, courseId, academy, refused, "badge-jwt-" + courseId, getTranslation("badges.download-jwt"),
                        b -> new Part(b.jwt(), b.fileStem() + ".jwt", "application/vc+jwt")),
                link(badges, courseId, academy, refused, "badge-json-" + courseId, getTranslation("badges.download-json"),
                        b -> new Part(b.json(), b.fileStem() + ".json", "application/json")));
    }

    private record Part(String text, String fileName, String mediaType) {
    }

    private static Anchor link(BadgeService badges, long courseId, String academy, String refused, String id,
                               String label, Function<BadgeFile, Part> part) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                Part p = part.apply(badges.myBadge(courseId, academy));
                byte[] bytes = p.text().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), p.fileName(), p.mediaType(), bytes.length);
            } catch (CertificateRefusedException e) {
                // the page was open while the course changed or the certificate was revoked
                return DownloadResponse.error(HttpStatusCode.CONFLICT, refused);
            }
        }), label);
        a.setId(id);
        return a;
    }
}
