package org.tnracademy.core.lti;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.tnracademy.core.badge.KeyProtection;

/**
 * The academy's own RSA key as an LTI tool (RS256, what LMSs expect): it signs the client
 * assertions for the platforms' token endpoints and the deep linking responses; its public half is
 * published at {@code /lti/jwks}, the address given to the LMS. Made on first use, its private half
 * kept encrypted like the badge keys ({@link KeyProtection}). Several keys may be published; the
 * newest signs.
 */
@Component
public class ToolKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ToolKeys.class);

    private final JdbcClient jdbc;
    private final KeyProtection protection;
    private volatile RSAKey signing;

    ToolKeys(JdbcClient jdbc, KeyProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    /** The public keys as a JWK set, for the platforms. */
    @PreAuthorize("permitAll()")
    public String jwks() {
        signingKey();
        List<JWK> keys = jdbc.sql("select public_jwk from lti_tool_key order by created_at, kid").query(String.class)
                .list().stream().map(ToolKeys::parse).toList();
        return new JWKSet(keys).toString(true);
    }

    /** A JWT of these claims signed RS256 with the tool's key, its kid in the header. */
    String sign(JWTClaimsSet claims) {
        RSAKey key = signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the LTI tool key", e);
        }
    }

    private RSAKey signingKey() {
        RSAKey key = signing;
        if (key == null) {
            synchronized (this) {
                if (signing == null) {
                    signing = load().orElseGet(this::create);
                }
                key = signing;
            }
        }
        return key;
    }

    private Optional<RSAKey> load() {
        return jdbc.sql("select public_jwk, private_key from lti_tool_key order by created_at desc, kid "
                        + "fetch first 1 rows only")
                .query((rs, n) -> {
                    RSAKey pub = (RSAKey) parse(rs.getString(1));
                    try {
                        var priv = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                                .generatePrivate(new PKCS8EncodedKeySpec(protection.open(rs.getString(2))));
                        return new RSAKey.Builder(pub).privateKey(priv).build();
                    } catch (GeneralSecurityException e) {
                        LOG.warn("LTI tool key {} cannot be opened with the current key secret: a new key is made",
                                pub.getKeyID());
                        return null;
                    }
                }).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private RSAKey create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey pub = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
            try {
                jdbc.sql("insert into lti_tool_key (kid, public_jwk, private_key, created_at) values (:k, :p, :s, :now)")
                        .param("k", pub.getKeyID()).param("p", pub.toJSONString())
                        .param("s", protection.seal(pair.getPrivate().getEncoded()))
                        .param("now", LtiPlatforms.now()).update();
            } catch (DuplicateKeyException impossible) {
                throw new IllegalStateException(impossible);
            }
            LOG.info("LTI tool key {} made", pub.getKeyID());
            // another node may have made one at the same moment: both are published; each signs with its own
            return new RSAKey.Builder(pub).privateKey(pair.getPrivate()).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot make the LTI tool key", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored LTI tool key is not a JWK", e);
        }
    }
}
