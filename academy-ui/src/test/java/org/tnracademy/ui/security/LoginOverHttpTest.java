package org.tnracademy.ui.security;

import org.tnracademy.ui.testsupport.ActingAs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;

/**
 * The login form and the session cookie over real HTTP, with a raw client as an attacker or a
 * TLS proxy would send them: the form checks CSRF; behind a proxy saying https the session cookie
 * is Secure and Strict-Transport-Security is sent, on plain http neither; failures are throttled
 * by the address the trusted proxy forwards, so an attacker's guesses do not stop the owner.
 * The test's client is on loopback, which the shipped setting trusts as a proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class LoginOverHttpTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() & 0xfff));

    @LocalServerPort
    int port;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AuditLog audit;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String learner;

    @BeforeEach
    void freshLearner() {
        learner = "http-login-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Http Learner", "learner-secret-2", EnumSet.of(Role.LEARNER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLoginFormSignsInWithTheTokenOfItsPage() throws Exception {
        LoginPage page = openLogin(Map.of());
        HttpResponse<String> answer = post(page, Map.of("username", learner, "password", "learner-secret-2",
                "_csrf", page.token), Map.of());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error").doesNotContain("login");
    }

    @Test
    void aPostToTheLoginWithoutOrWithAWrongCsrfTokenIsRefusedBeforeThePasswordIsChecked() throws Exception {
        LoginPage page = openLogin(Map.of());
        HttpResponse<String> without = post(page, Map.of("username", learner, "password", "learner-secret-2"), Map.of());
        HttpResponse<String> wrong = post(page, Map.of("username", learner, "password", "learner-secret-2",
                "_csrf", "forged-" + page.token.substring(7)), Map.of());
        HttpResponse<String> noSession = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", learner,
                        "password", "learner-secret-2")))).build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : List.of(without, wrong, noSession)) {
            // refused with 403, which the container's error page answers with the sign-in page again
            assertThat(refused.statusCode()).as(refused.headers().map().toString()).isIn(302, 403);
            assertThat(refused.headers().firstValue("Location").orElse("/login")).matches(".*/login(;jsessionid=[0-9A-F]+)?");
        }
        assertThat(asAdmin(() -> audit.of(learner))).as("the password was not even tried")
                .noneMatch(r -> r.action() == AuditAction.SIGN_IN || r.action() == AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void behindAProxySayingHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        LoginPage page = openLogin(Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", newAddress(),
                "X-Forwarded-Host", "academy.example.org"));
        assertThat(page.setCookie).contains("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        assertThat(page.hsts).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    }

    @Test
    void onPlainHttpWithoutTheProxysHeadersTheCookieIsNotSecureAndNoHsts() throws Exception {
        LoginPage page = openLogin(Map.of());
        assertThat(page.setCookie).contains("JSESSIONID=").doesNotContainIgnoringCase("secure");
        assertThat(page.hsts).isEmpty();
    }

    @Test
    void anAttackersGuessesFromOneAddressDoNotStopTheOwnerSigningInFromAnother() throws Exception {
        String attacker = newAddress();
        String owner = newAddress();
        for (int i = 0; i < 5; i++) {
            LoginPage page = openLogin(Map.of("X-Forwarded-For", attacker));
            HttpResponse<String> guess = post(page, Map.of("username", learner, "password", "guess-" + i,
                    "_csrf", page.token), Map.of("X-Forwarded-For", attacker));
            assertThat(guess.headers().firstValue("Location").orElseThrow()).contains("login?error");
        }
        LoginPage attackers = openLogin(Map.of("X-Forwarded-For", attacker));
        HttpResponse<String> rightPasswordFromAttacker = post(attackers, Map.of("username", learner,
                "password", "learner-secret-2", "_csrf", attackers.token), Map.of("X-Forwarded-For", attacker));
        assertThat(rightPasswordFromAttacker.headers().firstValue("Location").orElseThrow()).contains("login?error");

        LoginPage owners = openLogin(Map.of("X-Forwarded-For", owner));
        HttpResponse<String> ownerSignsIn = post(owners, Map.of("username", learner, "password", "learner-secret-2",
                "_csrf", owners.token), Map.of("X-Forwarded-For", owner));
        assertThat(ownerSignsIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        List<AuditRecord> trail = asAdmin(() -> audit.of(learner));
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.SIGN_IN_FAILED)
                .hasSize(6).allMatch(r -> attacker.equals(r.remoteAddress()));
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.SIGN_IN_THROTTLED)
                .singleElement().satisfies(r -> assertThat(r.remoteAddress()).isEqualTo(attacker));
        assertThat(trail).filteredOn(r -> r.action() == AuditAction.SIGN_IN).singleElement()
                .satisfies(r -> assertThat(r.remoteAddress()).isEqualTo(owner));
    }

    @Test
    void theShippedSettingsTakeForwardedHeadersFromTrustedProxiesOnly() throws IOException {
        // the test resources replace application.properties: read the one that ships
        String shipped = Files.readString(Path.of("src/main/resources/application.properties"));
        assertThat(shipped).contains("server.forward-headers-strategy=native")
                .doesNotContain("server.forward-headers-strategy=framework");
    }

    record LoginPage(String cookie, String token, String setCookie, java.util.Optional<String> hsts) {
    }

    private LoginPage openLogin(Map<String, String> proxyHeaders) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login")).GET();
        proxyHeaders.forEach(request::header);
        HttpResponse<String> page = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String setCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        Matcher token = CSRF_INPUT.matcher(page.body());
        assertThat(token.find()).as("the page carries the CSRF token the login form posts").isTrue();
        return new LoginPage(setCookie.split(";", 2)[0], token.group(1), setCookie,
                page.headers().firstValue("Strict-Transport-Security"));
    }

    private HttpResponse<String> post(LoginPage page, Map<String, String> fields, Map<String, String> proxyHeaders)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", page.cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        proxyHeaders.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A fresh documentation address (RFC 5737), so tests never share a counter. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return ActingAs.user("http-login-admin", Role.ADMIN, work);
    }
}
