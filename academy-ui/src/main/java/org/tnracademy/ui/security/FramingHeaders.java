package org.tnracademy.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The framing headers of every academy page. Nobody may frame the academy (CSP
 * {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}), except a session that began
 * with an LTI launch: its pages may be framed by that platform's origins only (and the academy
 * itself), which the launch put in the session; they may also post forms there (a deep linking
 * response). X-Frame-Options DENY is left out for such a session (older browsers would let it win);
 * Vaadin's page handler may still add its default SAMEORIGIN there, which every browser that knows
 * frame-ancestors ignores in its favour (CSP Level 2 and 3).
 */
public final class FramingHeaders implements HeaderWriter {

    /** Session attribute: the space-separated origins allowed to frame this session (set by the LTI launch). */
    public static final String FRAME_ANCESTORS = FramingHeaders.class.getName() + ".frameAncestors";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String origins = lmsOrigins(request);
        if (origins == null) {
            response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY
                    .replace("form-action 'self'", "form-action 'self' " + origins)
                    .replace("frame-ancestors 'none'", "frame-ancestors 'self' " + origins));
        }
    }

    private static String lmsOrigins(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(FRAME_ANCESTORS) instanceof String s && !s.isBlank() ? s : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
