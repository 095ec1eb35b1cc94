package org.tnracademy.ui.lti;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An LMS played by the tests: its RSA key signs id tokens, its JWKS, token endpoint, AGS scores
 * endpoint and NRPS memberships are served by a JDK HttpServer on a random port. What the academy
 * sends it (token requests, scores) is kept for the test to read.
 */
public final class FakePlatform implements AutoCloseable {

    public static final String CLIENT_ID = "academy-client";
    public static final String DEPLOYMENT = "deployment-1";

    /** A request the platform received. */
    record Received(String method, String path, String contentType, String authorization, String body) {
    }

    private final HttpServer server;
    private volatile RSAKey key;
    private volatile List<String> memberPages = List.of("{\"members\":[]}");
    /** The host the roster's pages link their next page on; null: the platform's own. */
    volatile String nextPageHost;
    /** When over 0, the roster answers this many bytes, streamed: a platform that would flood the academy. */
    volatile long streamedMembers;
    /** How many bytes the last streamed roster wrote before the academy hung up (or all of them). */
    final CompletableFuture<Long> streamed = new CompletableFuture<>();
    final List<String> membershipRequests = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<Received> scores = new LinkedBlockingQueue<>();
    final List<Received> tokenRequests = Collections.synchronizedList(new ArrayList<>());
    volatile int scoreStatus = 200;
    /** What the platform's authorisation endpoint answers a login for: the launch claims for a login hint and nonce. */
    private volatile java.util.function.BiFunction<String, String, JWTClaimsSet> launches;
    /** The academy address the platform's course page frames (the login initiation). */
    private volatile String framed = "about:blank";
    private final String host;

    FakePlatform() throws IOException, JOSEException {
        this("localhost");
    }

    /** @param host the platform's host name: 127.0.0.1 makes it another site than an academy on localhost */
    public FakePlatform(String host) throws IOException, JOSEException {
        this.host = host;
        key = newKey();
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        // the OIDC authorisation endpoint: the user is signed in to the LMS; it posts the id token back
        server.createContext("/auth", ex -> {
            Map<String, String> q = new java.util.HashMap<>();
            for (String pair : ex.getRequestURI().getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                q.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            try {
                String token = sign(launches.apply(q.get("login_hint"), q.get("nonce")));
                answer(ex, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"en\"><head><title>LMS</title>"
                        + "</head><body><form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                        + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                        + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>"
                        + "<script>document.forms[0].submit()</script></body></html>");
            } catch (JOSEException e) {
                answer(ex, 500, "text/plain", e.toString());
            }
        });
        // an LMS course page showing the tool in an iframe
        server.createContext("/course", ex -> answer(ex, 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"en\"><head><title>LMS course</title></head><body><h1>LMS course</h1>"
                        + "<iframe id=\"tool\" title=\"Academy\" style=\"width:1200px;height:800px\" src=\""
                        + framed + "\"></iframe></body></html>"));
        server.createContext("/jwks", ex -> answer(ex, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/token", ex -> {
            tokenRequests.add(read(ex));
            answer(ex, 200, "application/json", "{\"access_token\":\"platform-token-" + UUID.randomUUID()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        server.createContext("/lineitems", ex -> {
            Received r = read(ex);
            scores.add(r);
            answer(ex, scoreStatus, "application/json", "{}");
        });
        // the roster, page by page: each page but the last links to the next, among other links, as Canvas does
        server.createContext("/memberships", ex -> {
            read(ex);
            membershipRequests.add(ex.getRequestURI().toString());
            if (streamedMembers > 0) {
                stream(ex, streamedMembers);
                return;
            }
            List<String> pages = memberPages;
            String query = ex.getRequestURI().getRawQuery();
            int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 1;
            if (page < pages.size()) {
                String next = nextPageHost == null ? url("/memberships?page=" + (page + 1))
                        : "http://" + nextPageHost + ":" + server.getAddress().getPort() + "/memberships?page=" + (page + 1);
                ex.getResponseHeaders().add("Link", "<" + url("/memberships?page=1") + ">; rel=\"first\",  <"
                        + next + "> ; title=\"page " + (page + 1) + "\"; rel=\"next\"");
                ex.getResponseHeaders().add("Link", "<" + url("/memberships?page=" + pages.size()) + ">; rel=last");
            }
            answer(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", pages.get(page - 1));
        });
        server.start();
    }

    public String issuer() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    /** What the authorisation endpoint signs for a login (login hint, nonce) to the claims of a launch. */
    public void answerLoginsWith(java.util.function.BiFunction<String, String, JWTClaimsSet> claims) {
        launches = claims;
    }

    /** The academy address the course page frames. */
    public void frame(String address) {
        framed = address;
    }

    public String url(String path) {
        return issuer() + path;
    }

    void rotateKey() throws JOSEException {
        key = newKey();
    }

    void members(String json) {
        memberPages(json);
    }

    /** The roster in pages, each page's JSON a membership container. */
    void memberPages(String... pages) {
        memberPages = List.of(pages);
        nextPageHost = null;
        streamedMembers = 0;
        membershipRequests.clear();
    }

    /** The claims of a resource link launch, as a platform would make them, for the nonce the login sent. */
    public JWTClaimsSet.Builder resourceLink(String subject, String nonce, String role, Map<String, Object> custom) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce).claim("azp", CLIENT_ID)
                .claim("name", "Test " + subject).claim("email", subject + "@lms.example.org")
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT)
                .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", "https://academy.example/lti/launch")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-1"))
                .claim("https://purl.imsglobal.org/spec/lti/claim/roles",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role))
                .claim("https://purl.imsglobal.org/spec/lti/claim/context",
                        Map.of("id", "course-77", "title", "LMS course 77 " + issuer()))
                .claim("https://purl.imsglobal.org/spec/lti/claim/custom", custom)
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of(
                        "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitems", url("/lineitems"), "lineitem", url("/lineitems/9?type=x")))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", url("/memberships"), "service_versions", List.of("2.0")));
    }

    String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, RSAKey with) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    static RSAKey newKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
    }

    private static Received read(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Received(ex.getRequestMethod(), ex.getRequestURI().toString(),
                ex.getRequestHeaders().getFirst("Content-Type"), ex.getRequestHeaders().getFirst("Authorization"), body);
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A body of {@code length} bytes in chunks (no Content-Length): the start of a container, then spaces. */
    private void stream(HttpExchange ex, long length) {
        long written = 0;
        try {
            ex.getResponseHeaders().set("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[16 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '{';
            try (OutputStream out = ex.getResponseBody()) {
                while (written < length) {
                    out.write(chunk);
                    written += chunk.length;
                    chunk[0] = ' ';
                }
            }
        } catch (IOException hungUp) {
            // the academy closed the connection: what was written so far is the answer
        } finally {
            streamed.complete(written);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
