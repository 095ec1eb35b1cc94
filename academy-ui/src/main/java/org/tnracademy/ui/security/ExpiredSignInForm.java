package org.tnracademy.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a form post whose CSRF token is missing or wrong (a forged cross-site post, or a
 * sign-in page left open past its session): 403 with a short page leading back to the sign-in
 * page, written here rather than through the container's error page, which would need a session
 * and send a redirect instead of the refusal.
 */
final class ExpiredSignInForm implements AccessDeniedHandler {

    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Locale language = Locale.FRENCH.getLanguage().equals(request.getLocale().getLanguage()) ? Locale.FRENCH
                : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String login = HtmlUtils.htmlEscape(request.getContextPath() + "/login");
        response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(texts.getString("login.csrf.title")) + "</title></head><body><h1>"
                + HtmlUtils.htmlEscape(texts.getString("login.csrf.title")) + "</h1><p>"
                + HtmlUtils.htmlEscape(texts.getString("login.csrf.message")) + "</p><p><a href=\"" + login + "\">"
                + HtmlUtils.htmlEscape(texts.getString("login.csrf.again")) + "</a></p></body></html>");
    }
}
