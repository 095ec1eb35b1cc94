package org.tnracademy.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How /api refuses a call: 401 for missing, wrong, throttled or expired credentials and 403 for a
 * role that may not, each with a JSON body {@code {"status":..,"error":..,"message":..}} like the
 * API's other errors, and the {@code WWW-Authenticate} challenge of its scheme. Never a redirect
 * to the login page: a script would follow it and read a web page as the answer.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint challenge;
    private final AccessDeniedHandler denial;
    private final String howToSignIn;

    /**
     * @param challenge   writes the scheme's challenge header and status, no body
     * @param denial      writes the scheme's header for a refused role, no body (may be null)
     * @param howToSignIn what the message says when no credentials came
     */
    ApiRefusals(AuthenticationEntryPoint challenge, AccessDeniedHandler denial, String howToSignIn) {
        this.challenge = challenge;
        this.denial = denial;
        this.howToSignIn = howToSignIn;
    }

    /** HTTP Basic against the local accounts. */
    static ApiRefusals basic(String realm) {
        return new ApiRefusals((request, response, e) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                "Basic realm=\"" + realm + "\", charset=\"UTF-8\""), null,
                "Sign-in required: send the username and password of an academy account with HTTP Basic");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        challenge.commence(request, response, e);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message(e));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (denial != null) {
            denial.handle(request, response, e);
        }
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "Your account's roles do not allow this request");
    }

    private String message(AuthenticationException e) {
        return switch (e) {
            case SignInThrottledException t -> "Too many failed sign-ins: this request was not checked; try again after "
                    + t.refusal().until();
            // a deactivated account is named like a wrong password: the answer tells no one which names exist
            case BadCredentialsException b -> "Wrong username or password, or the account is deactivated";
            case DisabledException d -> "Wrong username or password, or the account is deactivated";
            case OAuth2AuthenticationException o -> "The bearer token is invalid, expired or not for this academy";
            case InsufficientAuthenticationException i -> howToSignIn;
            default -> "Sign-in refused";
        };
    }

    private static void write(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                + json(message) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
