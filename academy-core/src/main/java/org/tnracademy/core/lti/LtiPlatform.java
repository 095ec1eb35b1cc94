package org.tnracademy.core.lti;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An LMS registered to launch the academy: who it is (issuer, the client id it gave the academy,
 * its deployments) and where the academy reaches it (its keys, its authorisation and token
 * endpoints).
 */
public record LtiPlatform(long id, String issuer, String clientId, List<String> deploymentIds, String jwksUrl,
                          String authUrl, String tokenUrl) {

    public LtiPlatform {
        deploymentIds = List.copyOf(deploymentIds);
    }

    /**
     * The origins this platform's pages are served from, as far as the registration tells:
     * the issuer's and the authorisation endpoint's. Those may frame the academy in an LTI session.
     */
    public Set<String> origins() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(issuer));
        origins.add(origin(authUrl));
        origins.remove(null);
        return origins;
    }

    /** {@code scheme://host[:port]} of an address, or null when it has none. */
    static String origin(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme())
                    && !"http".equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
