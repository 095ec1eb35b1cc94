package org.tnracademy.ui.certificate;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The academy's own address for a path, as the current request reached it (behind a TLS proxy, the
 * forwarded scheme and host): what a certificate prints and encodes so that a phone can open it.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** For example {@code https://academy.example/verify}; the bare path outside a servlet request. */
    public static String of(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + path)
                    .toUriString();
        }
        return "/" + path;
    }
}
