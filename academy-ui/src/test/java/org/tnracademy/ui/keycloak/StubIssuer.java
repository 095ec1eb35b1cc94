package org.tnracademy.ui.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's realm that only publishes its discovery document and signing key, and
 * signs tokens with it: enough for the academy to start in profile {@code keycloak} and check bearer
 * tokens in a fast test, without the real server (which KeycloakSignInTest starts).
 */
final class StubIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    StubIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/academy";
        String oidc = issuer + "/protocol/openid-connect";
        respond("/realms/academy/.well-known/openid-configuration", """
                {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
                 "userinfo_endpoint":"%2$s/userinfo","jwks_uri":"%2$s/certs","end_session_endpoint":"%2$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"]}"""
                .formatted(issuer, oidc));
        respond("/realms/academy/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** An access token as the shipped realm issues it for this user and these realm roles. */
    String token(String username, List<String> roles) {
        return sign(username, roles, issuer, "academy-ui", Instant.now().plusSeconds(300));
    }

    String sign(String username, List<String> roles, String tokenIssuer, String audience, Instant expires) {
        return sign("sub-" + username, username, roles, tokenIssuer, audience, expires);
    }

    /** A token of the realm for this subject under this username: another person may claim a taken name. */
    String tokenOf(String subject, String username, List<String> roles) {
        return sign(subject, username, roles, issuer, "academy-ui", Instant.now().plusSeconds(300));
    }

    private String sign(String subject, String username, List<String> roles, String tokenIssuer, String audience,
                        Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer)
                .subject(subject)
                .audience(List.of(audience, "account"))
                .issueTime(new Date())
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", "academy-ui")
                .claim("preferred_username", username)
                .claim("given_name", "Stub")
                .claim("family_name", username)
                .claim("roles", roles);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void respond(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
