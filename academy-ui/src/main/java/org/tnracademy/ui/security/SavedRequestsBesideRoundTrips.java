package org.tnracademy.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.tnracademy.ui.operations.VaadinRoundTrips;

/**
 * Where Spring Security keeps the page a visitor asked for before signing in, to send them there
 * after (Spring's session cache, behind Vaadin's, which decides what is saved). Every request asks
 * it whether it is that page coming back: a round trip never is (Vaadin saves none of its own
 * requests, and the answer comes with a {@code continue} parameter a round trip never carries), but
 * each one parsed its whole address to find out (0.7% of a loaded node's CPU). Round trips are
 * answered at once; every other request as before.
 */
final class SavedRequestsBesideRoundTrips extends HttpSessionRequestCache {

    private static final VaadinRoundTrips ROUND_TRIPS = new VaadinRoundTrips();

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return ROUND_TRIPS.matches(request) ? null : super.getMatchingRequest(request, response);
    }
}
