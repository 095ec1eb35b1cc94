package org.tnracademy.ui.badge;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tnracademy.core.badge.BadgeKeys;
import org.tnracademy.core.badge.BadgeService;

/**
 * What a verifier of the academy's Open Badges dereferences, open to anyone and cacheable: the
 * issuer's profile, its public keys (all of them, retired ones too, and each on its own at the
 * address a badge's {@code kid} names) and the revocation status list. Addresses are the academy's
 * as the request reached it (behind a TLS proxy, the forwarded scheme and host).
 */
@RestController
class BadgeEndpoints {

    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    static final MediaType JWK = MediaType.parseMediaType("application/jwk+json");
    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final BadgeService badges;
    private final BadgeKeys keys;

    BadgeEndpoints(BadgeService badges, BadgeKeys keys) {
        this.badges = badges;
        this.keys = keys;
    }

    @GetMapping("/badges/keys.json")
    ResponseEntity<String> keys(HttpServletRequest request) {
        // short: a verifier sees a rotated-in key within minutes
        return ok(JWK_SET, keys.jwks(academy(request)), 5);
    }

    @GetMapping("/badges/keys/{thumbprint}")
    ResponseEntity<String> key(@PathVariable String thumbprint, HttpServletRequest request) {
        if (!thumbprint.matches("[A-Za-z0-9_-]{1,64}")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        // a key never changes: cacheable for a long time
        return keys.jwk(thumbprint, academy(request)).map(jwk -> ok(JWK, jwk, 24 * 60))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build());
    }

    @GetMapping("/badges/issuer")
    ResponseEntity<String> issuer(HttpServletRequest request) {
        return ok(MediaType.APPLICATION_JSON, badges.issuerProfile(academy(request)), 60);
    }

    @GetMapping("/badges/status/revocation")
    ResponseEntity<String> revocationList(HttpServletRequest request) {
        // a revocation shows within a minute
        return ok(VC_JWT, badges.statusListCredential(academy(request)), 1);
    }

    private static ResponseEntity<String> ok(MediaType type, String body, int minutes) {
        return ResponseEntity.ok().contentType(type)
                .cacheControl(CacheControl.maxAge(minutes, TimeUnit.MINUTES).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Access-Control-Allow-Origin", "*")
                .body(body);
    }

    static String academy(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }
}
