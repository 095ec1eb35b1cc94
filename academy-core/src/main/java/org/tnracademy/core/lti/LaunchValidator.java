package org.tnracademy.core.lti;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tnracademy.core.lti.LaunchRefusedException.Reason;

/**
 * The checks of an LTI 1.3 id token, in the order of the specification's "Authentication Response
 * Validation": RS256 signature by a key from the platform's JWKS, issuer, audience and authorised
 * party, expiry and issue time (small clock skew), the nonce the login sent, the deployment, the
 * message type and LTI version. Any failure refuses the launch with its reason.
 */
@Component
class LaunchValidator {

    static final int MAX_TOKEN = 64 * 1024;
    static final int MAX_CLAIM = 1000;
    static final int MAX_CUSTOM = 50;

    private final PlatformKeys keys;
    private final Duration skew;
    private final Clock clock = Clock.systemUTC();

    LaunchValidator(PlatformKeys keys, @Value("${academy.lti.clock-skew:PT60S}") Duration skew) {
        this.keys = keys;
        this.skew = skew;
    }

    LtiLaunch validate(String idToken, LtiPlatform platform, String expectedNonce) {
        if (idToken == null || idToken.isBlank() || idToken.length() > MAX_TOKEN) {
            throw new LaunchRefusedException(Reason.BAD_TOKEN, "no id token, or too long");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRefusedException(Reason.BAD_TOKEN, "not a signed JWT: " + e.getMessage());
        }
        verifySignature(jwt, platform);
        if (!platform.issuer().equals(claims.getIssuer())) {
            throw new LaunchRefusedException(Reason.WRONG_AUDIENCE, "issuer " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(platform.clientId())) {
            throw new LaunchRefusedException(Reason.WRONG_AUDIENCE, "audience " + audience);
        }
        String azp = string(claims, "azp");
        if (audience.size() > 1 && azp == null || azp != null && !azp.equals(platform.clientId())) {
            throw new LaunchRefusedException(Reason.WRONG_AUDIENCE, "authorised party " + azp);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || exp.toInstant().plus(skew).isBefore(now)) {
            throw new LaunchRefusedException(Reason.EXPIRED, "expired at " + exp);
        }
        if (iat == null || iat.toInstant().minus(skew).isAfter(now)) {
            throw new LaunchRefusedException(Reason.EXPIRED, "issued in the future: " + iat);
        }
        if (!expectedNonce.equals(string(claims, "nonce"))) {
            throw new LaunchRefusedException(Reason.WRONG_NONCE, "nonce does not match the login's");
        }
        String deployment = string(claims, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            throw new LaunchRefusedException(Reason.UNKNOWN_DEPLOYMENT, "deployment " + deployment);
        }
        String type = string(claims, LtiClaims.MESSAGE_TYPE);
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type) && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
            throw new LaunchRefusedException(Reason.UNSUPPORTED_MESSAGE, "message type " + type);
        }
        if (!LtiClaims.LTI_VERSION.equals(string(claims, LtiClaims.VERSION))) {
            throw new LaunchRefusedException(Reason.UNSUPPORTED_MESSAGE, "version " + string(claims, LtiClaims.VERSION));
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new LaunchRefusedException(Reason.BAD_TOKEN, "no subject (anonymous launches are not taken)");
        }
        return launch(platform, claims, type, deployment, subject);
    }

    private void verifySignature(SignedJWT jwt, LtiPlatform platform) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefusedException(Reason.BAD_SIGNATURE, "algorithm " + jwt.getHeader().getAlgorithm());
        }
        JWK key = keys.key(platform.jwksUrl(), jwt.getHeader().getKeyID())
                .orElseThrow(() -> new LaunchRefusedException(Reason.BAD_SIGNATURE, "unknown key id "
                        + jwt.getHeader().getKeyID()));
        try {
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new LaunchRefusedException(Reason.BAD_SIGNATURE, "signature does not verify");
            }
        } catch (JOSEException e) {
            throw new LaunchRefusedException(Reason.BAD_SIGNATURE, e.getMessage());
        }
    }

    private static LtiLaunch launch(LtiPlatform platform, JWTClaimsSet claims, String type, String deployment,
                                    String subject) {
        Map<String, Object> context = object(claims, LtiClaims.CONTEXT);
        Map<String, Object> ags = object(claims, LtiClaims.AGS_ENDPOINT);
        Map<String, Object> nrps = object(claims, LtiClaims.NRPS);
        Map<String, Object> deepLinking = object(claims, LtiClaims.DL_SETTINGS);
        Map<String, Object> presentation = object(claims, LtiClaims.LAUNCH_PRESENTATION);
        Object scopes = ags.get("scope");
        String lineItem = scopes instanceof List<?> list && list.contains(LtiClaims.SCOPE_SCORE)
                ? bounded(ags.get("lineitem")) : null;
        String givenAndFamily = ((nonNull(string(claims, "given_name")) + " "
                + nonNull(string(claims, "family_name"))).strip());
        String name = string(claims, "name") != null ? string(claims, "name") : givenAndFamily;
        List<String> roles;
        try {
            List<String> listed = claims.getStringListClaim(LtiClaims.ROLES);
            roles = listed == null ? List.of() : listed.stream().limit(MAX_CUSTOM).toList();
        } catch (ParseException e) {
            throw new LaunchRefusedException(Reason.BAD_TOKEN, "roles claim is not a list of strings");
        }
        return new LtiLaunch(platform, type, deployment, subject, bounded(name), bounded(string(claims, "email")),
                LtiRoles.of(roles), bounded(context.get("id")),
                bounded(context.get("title") != null ? context.get("title") : context.get("label")),
                bounded(string(claims, LtiClaims.TARGET_LINK_URI)), custom(claims), lineItem,
                bounded(nrps.get("context_memberships_url")), bounded(deepLinking.get("deep_link_return_url")),
                bounded(deepLinking.get("data")), bounded(presentation.get("return_url")));
    }

    private static Map<String, String> custom(JWTClaimsSet claims) {
        Map<String, String> custom = new LinkedHashMap<>();
        object(claims, LtiClaims.CUSTOM).entrySet().stream().limit(MAX_CUSTOM).forEach(e -> {
            String value = bounded(e.getValue());
            if (value != null && e.getKey().length() <= 100) {
                custom.put(e.getKey(), value);
            }
        });
        return custom;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static String bounded(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.length() <= MAX_CLAIM ? s : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
