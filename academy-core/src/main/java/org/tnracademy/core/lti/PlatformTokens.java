package org.tnracademy.core.lti;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.stereotype.Component;


/**
 * Access tokens for the platforms' services (AGS, NRPS): the OAuth 2 client credentials grant
 * with a JWT client assertion signed by the tool's key (LTI Security Framework, RFC 7523), kept
 * until shortly before they expire.
 */
@Component
class PlatformTokens {

    static final int MAX_RESPONSE = 64 * 1024;

    private record Token(String value, Instant until) {
    }

    private final ToolKeys keys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformTokens(ToolKeys keys) {
        this.keys = keys;
    }

    /** @throws PlatformCallException when the platform does not give one */
    String token(LtiPlatform platform, String scope) {
        String cacheKey = platform.id() + " " + scope;
        Token known = tokens.get(cacheKey);
        if (known != null && known.until().isAfter(Instant.now())) {
            return known.value();
        }
        Instant now = Instant.now();
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId())
                .subject(platform.clientId()).audience(platform.tokenUrl()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        String response = PlatformCallException.send(http, HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        try {
            Map<String, Object> json = JSONObjectUtils.parse(response);
            Object value = json.get("access_token");
            if (!(value instanceof String accessToken)) {
                throw new PlatformCallException("token endpoint gave no access_token");
            }
            long seconds = json.get("expires_in") instanceof Number n ? n.longValue() : 300;
            tokens.put(cacheKey, new Token(accessToken, now.plusSeconds(Math.max(0, seconds - 30))));
            return accessToken;
        } catch (ParseException e) {
            throw new PlatformCallException("token endpoint answered no JSON");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A call to a platform that failed: retried later by whoever made it. */
    static class PlatformCallException extends RuntimeException {

        PlatformCallException(String message) {
            super(message);
        }

        /** Sends; an answer other than 2xx, or a body over the bound, is a failure. */
        static String send(HttpClient http, HttpRequest request) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.body().length > MAX_RESPONSE) {
                    throw new PlatformCallException(request.uri() + " answered too much");
                }
                String body = new String(response.body(), StandardCharsets.UTF_8);
                if (response.statusCode() / 100 != 2) {
                    throw new PlatformCallException(request.uri() + " answered " + response.statusCode());
                }
                return body;
            } catch (IOException e) {
                throw new PlatformCallException(request.uri() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformCallException(request.uri() + ": interrupted");
            }
        }
    }
}
