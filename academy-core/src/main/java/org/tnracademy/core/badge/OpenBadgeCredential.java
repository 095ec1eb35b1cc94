package org.tnracademy.core.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tnracademy.core.certificate.CertifiedCompletion;

/**
 * The Open Badges 3.0 credential for a certificate (VC Data Model 2.0, type OpenBadgeCredential),
 * as the claims of its VC-JWT: the credential's own properties plus the JWT's registered claims
 * (iss, jti, nbf, iat, and exp when it expires) that JOSE verifiers read.
 */
final class OpenBadgeCredential {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String ACADEMY = "Digital TNR Detection Academy";

    private OpenBadgeCredential() {
    }

    /**
     * @param credentialId a {@code urn:uuid:} id of its own
     * @param salt         salts the hash of the holder's account name
     * @param validUntil   when it expires; null for never
     */
    static Map<String, Object> claims(CertifiedCompletion c, IssuerAddresses at, String credentialId, int statusIndex,
                                      String salt, Instant validFrom, Instant validUntil) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", credentialId);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer(at));
        vc.put("validFrom", validFrom.toString());
        if (validUntil != null) {
            vc.put("validUntil", validUntil.toString());
        }
        String title = c.course().in(Locale.ENGLISH);
        vc.put("name", title);
        vc.put("credentialSubject", Map.of(
                "type", List.of("AchievementSubject"),
                "identifier", List.of(
                        identity("name", false, c.holder(), null),
                        identity("userName", true, "sha256$" + sha256(c.username() + salt), salt)),
                "achievement", achievement(c, at, title)));
        vc.put("credentialStatus", Map.of(
                "id", at.statusList() + "#" + statusIndex,
                "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation",
                "statusListIndex", Integer.toString(statusIndex),
                "statusListCredential", at.statusList()));
        vc.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        vc.put("iss", at.issuer());
        vc.put("jti", credentialId);
        vc.put("nbf", validFrom.getEpochSecond());
        vc.put("iat", validFrom.getEpochSecond());
        if (validUntil != null) {
            vc.put("exp", validUntil.getEpochSecond());
        }
        return vc;
    }

    /** The issuer's profile, as the credential embeds it and its address serves it. */
    static Map<String, Object> issuer(IssuerAddresses at) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", at.issuer());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", ACADEMY);
        issuer.put("url", at.base() + "/");
        return issuer;
    }

    private static Map<String, Object> achievement(CertifiedCompletion c, IssuerAddresses at, String title) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", at.achievement(c.courseSlug()));
        a.put("type", List.of("Achievement"));
        a.put("achievementType", "CertificateOfCompletion");
        a.put("name", title);
        a.put("description", c.summary() == null ? title : c.summary().in(Locale.ENGLISH));
        a.put("criteria", Map.of("narrative", "Complete every lesson and exercise of the course " + title
                + " and reach an overall score of at least " + c.passMark() + " %."));
        return a;
    }

    private static Map<String, Object> identity(String type, boolean hashed, String value, String salt) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("type", "IdentityObject");
        id.put("identityType", type);
        id.put("hashed", hashed);
        id.put("identityHash", value);
        if (salt != null) {
            id.put("salt", salt);
        }
        return id;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
