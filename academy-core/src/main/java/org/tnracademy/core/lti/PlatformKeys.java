package org.tnracademy.core.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platforms' public keys (their JWKS), fetched with a timeout and a size bound, kept for a
 * while per address, and fetched again when a token names a key id not among them (the platform
 * rotated its key), at most once per short interval so a stream of bad tokens cannot make the
 * academy hammer the platform. Each node keeps its own copy: keys are public, nothing to share.
 */
@Component
class PlatformKeys {

    static final int MAX_JWKS_BYTES = 256 * 1024;

    private record Fetched(JWKSet keys, Instant at) {
    }

    private final HttpClient http;
    private final Duration keep;
    private final Duration refetchAfter;
    private final Clock clock;
    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();

    PlatformKeys(@Value("${academy.lti.jwks-cache:PT10M}") Duration keep,
                 @Value("${academy.lti.jwks-refetch-interval:PT10S}") Duration refetchAfter) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.keep = keep;
        this.refetchAfter = refetchAfter;
        this.clock = Clock.systemUTC();
    }

    /** The key with this id (or the only key, when the token names none), fetching as needed. */
    Optional<JWK> key(String jwksUrl, String kid) {
        Instant now = clock.instant();
        Fetched known = cache.get(jwksUrl);
        if (known == null || known.at().plus(keep).isBefore(now)) {
            known = fetch(jwksUrl, now);
        }
        Optional<JWK> found = find(known.keys(), kid);
        if (found.isEmpty() && !known.at().plus(refetchAfter).isAfter(now)) {
            found = find(fetch(jwksUrl, now).keys(), kid);
        }
        return found;
    }

    private static Optional<JWK> find(JWKSet keys, String kid) {
        if (kid == null) {
            return keys.getKeys().size() == 1 ? Optional.of(keys.getKeys().getFirst()) : Optional.empty();
        }
        return Optional.ofNullable(keys.getKeyByKeyId(kid));
    }

    private Fetched fetch(String jwksUrl, Instant now) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(jwksUrl))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new LaunchRefusedException(LaunchRefusedException.Reason.KEYS_UNREACHABLE,
                            jwksUrl + " answered " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_JWKS_BYTES + 1);
                if (bytes.length > MAX_JWKS_BYTES) {
                    throw new LaunchRefusedException(LaunchRefusedException.Reason.KEYS_UNREACHABLE,
                            jwksUrl + " is larger than " + MAX_JWKS_BYTES + " bytes");
                }
                Fetched fetched = new Fetched(JWKSet.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)),
                        now);
                cache.put(jwksUrl, fetched);
                return fetched;
            }
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.KEYS_UNREACHABLE, jwksUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchRefusedException(LaunchRefusedException.Reason.KEYS_UNREACHABLE, jwksUrl + ": interrupted");
        }
    }
}
