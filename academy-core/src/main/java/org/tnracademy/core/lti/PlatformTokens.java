package org.tnracademy.core.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
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

    /** A platform's answer: its body (at most {@link #MAX_RESPONSE} bytes) and its headers. */
    record Answer(String body, HttpHeaders headers) {
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
            return answer(http, request).body();
        }

        /**
         * Sends and gives the body with the headers (a roster page's {@code Link}). The body is
         * read as a stream and no further than {@link #MAX_RESPONSE} bytes and one: a longer body
         * (or a longer declared {@code Content-Length}) is refused and the rest is never read,
         * the stream is closed, which ends the exchange. A failed answer's body is not read.
         */
        static Answer answer(HttpClient http, HttpRequest request) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() / 100 != 2) {
                        throw new PlatformCallException(request.uri() + " answered " + response.statusCode());
                    }
                    if (response.headers().firstValueAsLong("Content-Length").orElse(0) > MAX_RESPONSE) {
                        throw new PlatformCallException(request.uri() + " answered more than " + MAX_RESPONSE + " bytes");
                    }
                    byte[] body = in.readNBytes(MAX_RESPONSE + 1);
                    if (body.length > MAX_RESPONSE) {
                        throw new PlatformCallException(request.uri() + " answered more than " + MAX_RESPONSE + " bytes");
                    }
                    return new Answer(new String(body, StandardCharsets.UTF_8), response.headers());
                }
            } catch (IOException e) {
                throw new PlatformCallException(request.uri() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformCallException(request.uri() + ": interrupted");
            }
        }
    }
}
