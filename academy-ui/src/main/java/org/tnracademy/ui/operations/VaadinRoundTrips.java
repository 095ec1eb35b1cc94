package org.tnracademy.ui.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The page's round trips ({@code POST /?v-r=uidl}) and heartbeats ({@code POST /?v-r=heartbeat}):
 * nearly all of a learner's requests, all answered by Vaadin's servlet at the application's root
 * (where Vaadin answers its own requests, its {@code HandlerHelper}). Told apart by the method, the
 * path and the query string alone, allocating nothing: it is asked on every request, and a request
 * body is never parsed to decide it (as {@code getParameter} would parse a form post). Spring
 * Security asks it before its longer rules, which grant Vaadin's own requests the same anyway.
 */
public final class VaadinRoundTrips implements RequestMatcher {

    private static final String ROUND_TRIP = "v-r=uidl";
    private static final String HEARTBEAT = "v-r=heartbeat";

    @Override
    public boolean matches(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/".equals(request.getServletPath())
                && request.getPathInfo() == null && (isRoundTrip(request) || has(request, HEARTBEAT));
    }

    /** A UI round trip by its query string, whatever its method and path: the page's events in, the UI's changes out. */
    static boolean isRoundTrip(HttpServletRequest request) {
        return has(request, ROUND_TRIP);
    }

    /** True when the query holds {@code parameter} ("name=value") as a whole parameter. */
    private static boolean has(HttpServletRequest request, String parameter) {
        String query = request == null ? null : request.getQueryString();
        if (query == null) {
            return false;
        }
        for (int at = query.indexOf(parameter); at >= 0; at = query.indexOf(parameter, at + 1)) {
            int end = at + parameter.length();
            if ((at == 0 || query.charAt(at - 1) == '&') && (end == query.length() || query.charAt(end) == '&')) {
                return true;
            }
        }
        return false;
    }
}
