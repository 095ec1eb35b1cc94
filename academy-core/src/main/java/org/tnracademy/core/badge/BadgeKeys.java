package org.tnracademy.core.badge;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The academy's Ed25519 badge signing keys: one made on first start, a new one on each rotation.
 * The newest key that is not retired signs; every key, retired or not, stays published (its public
 * half only) so that the badges it signed keep verifying. Key ids are the keys' JWK thumbprints.
 */
@Service
public class BadgeKeys {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeKeys.class);

    /** The key that signs now. */
    record SigningKey(String kid, PrivateKey privateKey) {
    }

    private final JdbcClient jdbc;
    private final KeyProtection protection;

    BadgeKeys(JdbcClient jdbc, KeyProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    /** First start: a signing key exists before the first badge is asked for. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void ensureSigningKey() {
        signing();
    }

    /**
     * Retires the signing key and makes a new one that signs from now on; the old public key stays
     * published. Administrators only (the certificates page).
     *
     * @return the new key's id
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotate() {
        jdbc.sql("update badge_key set retired_at = :now where retired_at is null").param("now", now()).update();
        String kid = create();
        LOG.info("Badge signing key rotated: {} signs from now on", kid);
        return kid;
    }

    /**
     * The JWK set of every key's public half, as published at the issuer's keys address; each
     * key's id is the address it is also published at alone.
     *
     * @param academyAddress the academy's address as the caller reached it
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String jwks(String academyAddress) {
        List<JWK> keys = byAddress(IssuerAddresses.of(academyAddress)).entrySet().stream()
                .map(e -> (JWK) jwk(e.getKey(), e.getValue())).toList();
        return new JWKSet(keys).toString(true);
    }

    /** One public key as a JWK, by its thumbprint; empty when there is no such key. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> jwk(String thumbprint, String academyAddress) {
        IssuerAddresses at = IssuerAddresses.of(academyAddress);
        return Optional.ofNullable(published().get(thumbprint)).map(k -> jwk(at.key(thumbprint), k).toJSONString());
    }

    /** Public keys by the address a badge's header names them with. */
    Map<String, PublicKey> byAddress(IssuerAddresses at) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        published().forEach((thumbprint, key) -> keys.put(at.key(thumbprint), key));
        return keys;
    }

    /** The newest key that is not retired, made now if there is none or it cannot be opened. */
    synchronized SigningKey signing() {
        Optional<Map.Entry<String, String>> newest = jdbc.sql("""
                        select kid, private_key from badge_key where retired_at is null
                        order by created_at desc, kid fetch first 1 rows only""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).optional();
        if (newest.isPresent()) {
            try {
                PrivateKey key = KeyFactory.getInstance("Ed25519")
                        .generatePrivate(new PKCS8EncodedKeySpec(protection.open(newest.get().getValue())));
                return new SigningKey(newest.get().getKey(), key);
            } catch (GeneralSecurityException e) {
                // the key-protection secret changed: the old key still publishes, a new one signs
                LOG.warn("Badge signing key {} cannot be opened with the current key secret: a new key is made",
                        newest.get().getKey());
                jdbc.sql("update badge_key set retired_at = :now where kid = :kid").param("now", now())
                        .param("kid", newest.get().getKey()).update();
            }
        }
        String kid = create();
        return signing(kid);
    }

    private SigningKey signing(String kid) {
        String sealed = jdbc.sql("select private_key from badge_key where kid = :kid").param("kid", kid)
                .query(String.class).single();
        try {
            return new SigningKey(kid, KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(protection.open(sealed))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a key just made cannot be opened", e);
        }
    }

    /** Public keys by key id, retired ones included. */
    Map<String, PublicKey> published() {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        jdbc.sql("select kid, public_x from badge_key order by created_at, kid")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> {
                    try {
                        keys.put(e.getKey(), Ed25519.publicKey(new Base64URL(e.getValue()).decode()));
                    } catch (GeneralSecurityException bad) {
                        LOG.warn("Badge key {} has no valid public key", e.getKey());
                    }
                });
        return keys;
    }

    private String create() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64URL x = Base64URL.encode(Ed25519.raw(pair.getPublic()));
            String kid = new OctetKeyPair.Builder(Curve.Ed25519, x).build().computeThumbprint().toString();
            jdbc.sql("""
                            insert into badge_key (kid, public_x, private_key, created_at)
                            values (:kid, :x, :sealed, :now)""")
                    .param("kid", kid).param("x", x.toString())
                    .param("sealed", protection.seal(pair.getPrivate().getEncoded()))
                    .param("now", now()).update();
            LOG.info("Badge signing key {} made", kid);
            return kid;
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot make an Ed25519 key", e);
        }
    }

    static OctetKeyPair jwk(String kid, PublicKey key) {
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Ed25519.raw(key)))
                .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.EdDSA).build();
    }

    private static java.time.OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
    }
}
