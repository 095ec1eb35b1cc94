package org.tnracademy.core.lti;

import java.util.Set;

/**
 * A launch the academy accepted: whom to sign in, where to send them (a path inside the academy,
 * never an outside address), which origins may frame the session, and for a deep linking request
 * what the response needs.
 *
 * @param username      the academy account to sign in
 * @param destination   a route of the academy, such as {@code exercises/12}, or empty for the start page
 * @param frameOrigins  the platform's origins: the only ones allowed to frame this session
 * @param deepLinking   present for a deep linking request, null for a resource link launch
 */
public record LaunchOutcome(String username, String destination, Set<String> frameOrigins,
                            DeepLinkRequest deepLinking) {

    public LaunchOutcome {
        frameOrigins = Set.copyOf(frameOrigins);
    }
}
