package org.tnracademy.ui.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a request read the metrics when it carries {@code Authorization: Bearer <token>} with the
 * configured token, as Prometheus sends it ({@code authorization: {credentials_file: ...}} in a
 * scrape config). Compared in constant time; an empty configured token lets nobody in.
 */
final class MetricsScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

    /** Beyond this, a header is not a token of ours: refused unread. */
    private static final int MAX_HEADER_LENGTH = 512;
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsScrapeToken(String token) {
        this.token = token == null ? new byte[0] : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(matches(context.getRequest().getHeader("Authorization")));
    }

    boolean matches(String header) {
        if (token.length == 0 || header == null || header.length() > MAX_HEADER_LENGTH
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, given);
    }
}
