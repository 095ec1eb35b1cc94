package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy (which trusted proxies are, see LoginOverHttpTest and UntrustedProxyHeadersTest):
 * a request the proxy received over https is redirected to https addresses of the proxy's host, and
 * the settings that make it so are the ones the shipped configuration and docs/operations.md name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRequestTheProxyReceivedOverHttpsIsRedirectedToHttpsOnTheProxysHost() throws Exception {
        HttpResponse<String> signIn = get("/catalog", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "academy.example.org", "X-Forwarded-For", "203.0.113.9"));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).isEqualTo("https://academy.example.org/login");
    }

    @Test
    void plainHttpWithoutTheProxysHeadersIsRedirectedOnPlainHttp() throws Exception {
        HttpResponse<String> signIn = get("/catalog", Map.of());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).isEqualTo("http://127.0.0.1:" + port + "/login");
    }

    @Test
    void theShippedSettingIsTheOneTheDocsName() throws Exception {
        String shipped = Files.readString(Path.of("src/main/resources/application.properties"));
        String docs = Files.readString(Path.of("../docs/operations.md"));
        assertThat(shipped).contains("server.forward-headers-strategy=native");
        assertThat(docs).contains("server.forward-headers-strategy=native").contains("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES")
                .contains("X-Forwarded-Proto");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
