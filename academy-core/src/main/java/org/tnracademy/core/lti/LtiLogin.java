package org.tnracademy.core.lti;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Step one of an LTI launch, the OIDC third-party login initiation: the platform names itself and
 * the user; the academy answers with a redirect to the platform's authorisation endpoint carrying a
 * fresh state and nonce, kept in the database (any node may receive the launch), used once and
 * only for a few minutes. Nobody is signed in yet, so this carries no user guard.
 */
@Component
public class LtiLogin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LtiPlatforms platforms;
    private final JdbcClient jdbc;
    private final Duration lifetime;

    LtiLogin(LtiPlatforms platforms, JdbcClient jdbc,
             @Value("${academy.lti.login-lifetime:PT5M}") Duration lifetime) {
        this.platforms = platforms;
        this.jdbc = jdbc;
        this.lifetime = lifetime;
    }

    /**
     * @param launchUrl the academy's launch address the platform posts the id token to (its
     *                  registered redirect URI)
     * @return the address to send the browser to
     */
    @Transactional
    public String initiate(LoginRequest request, String launchUrl) {
        String issuer = required(request.issuer(), "iss");
        String loginHint = required(request.loginHint(), "login_hint");
        required(request.targetLinkUri(), "target_link_uri");
        bounded(request.messageHint(), "lti_message_hint");
        bounded(request.clientId(), "client_id");
        bounded(request.deploymentId(), "lti_deployment_id");
        LtiPlatform platform = platforms.find(issuer, request.clientId()).orElseThrow(() ->
                new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_PLATFORM, issuer));
        if (request.deploymentId() != null && !request.deploymentId().isBlank()
                && !platform.deploymentIds().contains(request.deploymentId())) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_DEPLOYMENT, request.deploymentId());
        }
        Instant now = Instant.now();
        jdbc.sql("delete from lti_login_state where expires_at < :now").param("now", now.atOffset(ZoneOffset.UTC))
                .update();
        String state = random();
        String nonce = random();
        jdbc.sql("insert into lti_login_state (state, nonce, platform_id, expires_at) values (:s, :n, :p, :e)")
                .param("s", state).param("n", nonce).param("p", platform.id())
                .param("e", now.plus(lifetime).atOffset(ZoneOffset.UTC)).update();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.clientId());
        query.put("redirect_uri", launchUrl);
        query.put("login_hint", loginHint);
        query.put("state", state);
        query.put("nonce", nonce);
        if (request.messageHint() != null && !request.messageHint().isBlank()) {
            query.put("lti_message_hint", request.messageHint());
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return platform.authUrl() + (platform.authUrl().contains("?") ? "&" : "?") + encoded;
    }

    /**
     * Takes a login's state: it is gone afterwards whatever the launch's outcome (single use).
     *
     * @return the platform and the nonce the id token must carry
     */
    @Transactional
    public PendingLogin consume(String state) {
        if (state == null || state.isBlank() || state.length() > 64) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_STATE, "no state");
        }
        var row = jdbc.sql("select nonce, platform_id, expires_at from lti_login_state where state = :s")
                .param("s", state)
                .query((rs, n) -> new PendingLogin(rs.getString(1), rs.getLong(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                .optional();
        int deleted = jdbc.sql("delete from lti_login_state where state = :s").param("s", state).update();
        if (row.isEmpty() || deleted == 0) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_STATE, "unknown or used state");
        }
        if (row.get().expiresAt().isBefore(Instant.now())) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_STATE, "expired state");
        }
        return row.get();
    }

    public record PendingLogin(String nonce, long platformId, Instant expiresAt) {
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.BAD_REQUEST, "no " + name);
        }
        bounded(value, name);
        return value;
    }

    private static void bounded(String value, String name) {
        if (value != null && value.length() > LoginRequest.MAX_PARAMETER) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.BAD_REQUEST, name + " too long");
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
