package org.tnracademy.ui.lti;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie of an LTI session, written again so that it works inside the LMS's iframe:
 * there the academy is a third party, and browsers send a cookie to a framed cross-site page only
 * when it is {@code SameSite=None}, which they accept only with {@code Secure} (https). It is also
 * {@code Partitioned} (CHIPS): browsers that block third-party cookies keep it, for this LMS only.
 * The academy's other sessions keep the container's default (Lax). Over plain http (other than
 * localhost) no such cookie can work: the launch then only works outside a frame (docs/lti.md).
 */
final class LtiSessionCookie {

    private LtiSessionCookie() {
    }

    static void allowInFrames(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        if (!request.isSecure() && !isLocalhost(request)) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        String path = config.getPath() != null ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + session.getId() + "; Path=" + path
                + "; Secure; HttpOnly; SameSite=None; Partitioned");
    }

    /** Browsers treat http://localhost as a secure context: a Secure cookie works there (tests, a local LMS). */
    private static boolean isLocalhost(HttpServletRequest request) {
        String host = request.getServerName();
        return host.equals("localhost") || host.equals("127.0.0.1");
    }
}
