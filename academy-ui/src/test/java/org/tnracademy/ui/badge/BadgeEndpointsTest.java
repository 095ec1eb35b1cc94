package org.tnracademy.ui.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a badge verifier fetches, without signing in: the issuer's profile, the keys (all, and each
 * at its badge's kid address), the revocation list; cacheable, no session; nothing but reading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadgeEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theKeysAreAPublicCacheableJwkSetAndEachKeyIsAtTheAddressItsIdNames() throws Exception {
        HttpResponse<String> keys = get("/badges/keys.json");
        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(keys.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/jwk-set+json"));
        assertThat(keys.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("max-age=300", "public"));
        assertThat(keys.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode first = JSON.readTree(keys.body()).path("keys").path(0);
        assertThat(first.path("kty").asString()).isEqualTo("OKP");
        assertThat(first.path("crv").asString()).isEqualTo("Ed25519");
        assertThat(first.has("d")).as("never the private half").isFalse();
        String kid = first.path("kid").asString();
        assertThat(kid).startsWith("http://localhost:" + port + "/badges/keys/");

        HttpResponse<String> one = get(URI.create(kid).getPath());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).path("x").asString()).isEqualTo(first.path("x").asString());
        assertThat(get("/badges/keys/no-such-key").statusCode()).isEqualTo(404);
        assertThat(get("/badges/keys/" + "a".repeat(65)).statusCode()).isEqualTo(404);
    }

    @Test
    void theIssuerProfileNamesTheKeysAndTheRevocationListIsASignedStatusListCredential() throws Exception {
        JsonNode issuer = JSON.readTree(get("/badges/issuer").body());
        assertThat(issuer.path("id").asString()).isEqualTo("http://localhost:" + port + "/badges/issuer");
        assertThat(issuer.path("jwks_uri").asString()).isEqualTo("http://localhost:" + port + "/badges/keys.json");

        HttpResponse<String> list = get("/badges/status/revocation");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/vc+jwt"));
        String[] parts = list.body().split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode vc = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(vc.path("type").toString()).contains("BitstringStatusListCredential");
        assertThat(vc.path("credentialSubject").path("encodedList").asString()).startsWith("u");
    }

    @Test
    void nothingButReadingIsAccepted() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/badges/keys.json")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
