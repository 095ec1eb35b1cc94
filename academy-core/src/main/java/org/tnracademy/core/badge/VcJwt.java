package org.tnracademy.core.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifiable credentials as compact JWS (VC-JWT): JOSE header {@code alg EdDSA}, {@code typ vc+jwt}
 * and the key id, the credential's JSON as the payload. Nimbus builds the header and the base64url
 * parts; the Ed25519 signature is the JDK's own, because nimbus signs Ed25519 only through Google
 * Tink, its optional dependency, which the package registry reachable here does not serve.
 */
final class VcJwt {

    static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why a token is not a credential of ours; the checks stop at the first. */
    enum Refusal { MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE }

    /** A token whose signature holds, with its key id and the credential it carries. */
    record Verified(String kid, Map<String, Object> claims) {
    }

    static final class RefusedException extends Exception {
        final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    private VcJwt() {
    }

    static String sign(Map<String, Object> claims, BadgeKeys.SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(TYPE).keyID(key.kid()).build();
        String input = header.toBase64URL() + "." + Base64URL.encode(JSON.writeValueAsBytes(claims));
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initSign(key.privateKey());
            ed.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64URL.encode(ed.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a badge", e);
        }
    }

    /**
     * Checks the token's form and its signature against the published key it names.
     *
     * @throws RefusedException when it is not three base64url parts with an EdDSA vc+jwt header and
     *                          a JSON object payload, names no published key, or its signature fails
     */
    static Verified verify(String token, Map<String, PublicKey> keys) throws RefusedException {
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        JWSHeader header;
        Map<String, Object> claims;
        byte[] signature;
        try {
            header = JWSHeader.parse(new Base64URL(parts[0]));
            claims = JSON.readValue(new Base64URL(parts[1]).decode(), new TypeReference<>() {
            });
            signature = new Base64URL(parts[2]).decode();
        } catch (ParseException | JacksonException | IllegalArgumentException e) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm()) || !TYPE.equals(header.getType()) || claims == null) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        PublicKey key = header.getKeyID() == null ? null : keys.get(header.getKeyID());
        if (key == null) {
            throw new RefusedException(Refusal.UNKNOWN_KEY);
        }
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(key);
            ed.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!ed.verify(signature)) {
                throw new RefusedException(Refusal.BAD_SIGNATURE);
            }
        } catch (GeneralSecurityException e) {
            throw new RefusedException(Refusal.BAD_SIGNATURE);
        }
        return new Verified(header.getKeyID(), claims);
    }

    static String json(Map<String, Object> claims) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(claims);
    }
}
