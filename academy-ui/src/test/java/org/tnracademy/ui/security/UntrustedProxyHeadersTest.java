package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * A client that is not a trusted proxy forges X-Forwarded-For, -Proto and -Host: none is believed.
 * Its own address is audited and throttled (it cannot pick a fresh one per guess), and it gets
 * neither Secure cookies nor HSTS. The trusted proxy here is an address the test's loopback client
 * is not, as the internet is not the proxy in a real deployment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=192\\\\.0\\\\.2\\\\.250"})
class UntrustedProxyHeadersTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void forgedForwardedHeadersFromAnUntrustedClientAreIgnored() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String forgedName = "forged-" + System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.77")
                .header("X-Forwarded-Host", "academy.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(setCookie).doesNotContainIgnoringCase("secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

        Matcher token = CSRF_INPUT.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> guess = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", setCookie.split(";", 2)[0])
                .header("X-Forwarded-For", "192.0.2.78")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + forgedName + "&password=guess&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(guess.headers().firstValue("Location").orElseThrow()).contains("login?error");

        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("proxy-auditor", "n/a",
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(signedIn);
        assertThat(audit.of(forgedName)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_FAILED).singleElement()
                .satisfies(r -> assertThat(r.remoteAddress()).isEqualTo("127.0.0.1"));
    }
}
