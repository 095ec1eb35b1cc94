package org.tnracademy.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;

/**
 * The sign-in page as a browser gets it: plain HTML in the visitor's language, with the session's
 * CSRF token, and each refusal told on the page the refused post is sent back to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SignInPageOverHttpTest {

    private static final Pattern CSRF_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() & 0xfff));

    @LocalServerPort
    int port;
    @Autowired
    AccountProvisioning provisioning;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anEnglishBrowserGetsThePlainPageInEnglishWithItsLabelsAndCsrfToken() throws Exception {
        HttpResponse<String> page = get("/login", "en-GB,en;q=0.9", null, newAddress());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.body()).contains("<html lang=\"en\">")
                .contains("<title>Sign in | Digital TNR Detection Academy</title>")
                .contains("<h1>Digital TNR Detection Academy</h1>")
                .contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("Demo accounts (password = username)")
                .doesNotContain("role=\"alert\"")
                // no Vaadin client on this page: no UI, no push, nothing held for a visitor nobody knows
                .doesNotContain("<script").doesNotContain("Vaadin");
        assertThat(CSRF_INPUT.matcher(page.body()).find()).isTrue();
    }

    @Test
    void aFrenchBrowserGetsItInFrench() throws Exception {
        HttpResponse<String> page = get("/login", "fr-FR,fr;q=0.9,en;q=0.5", null, newAddress());

        assertThat(page.body()).contains("<html lang=\"fr\">")
                .contains("<title>Connexion | Académie de détection de la répression transnationale numérique"
                        + "</title>")
                .contains("<label for=\"username\">Nom d’utilisateur</label>")
                .contains("<label for=\"password\">Mot de passe</label>")
                .contains(">Se connecter</button>")
                .contains("<option value=\"fr\" lang=\"fr\" selected>français</option>");
        assertThat(page.headers().firstValue("Content-Language")).contains("fr");
    }

    @Test
    void aLanguageChosenOnThePageStaysForTheSessionOverTheBrowsersLanguage() throws Exception {
        HttpResponse<String> chosen = get("/login?lang=ja", "en-GB", null, newAddress());
        String cookie = sessionCookie(chosen);

        HttpResponse<String> next = get("/login", "en-GB", cookie, newAddress());

        assertThat(chosen.body()).contains("<html lang=\"ja\">");
        assertThat(next.body()).contains("<html lang=\"ja\">").contains("<title>ログイン | ");
    }

    @Test
    void anUnknownOrHugeLanguageIsIgnoredAndThePageStillServedWithoutEchoingIt() throws Exception {
        String hostile = URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8);
        HttpResponse<String> scripted = get("/login?lang=" + hostile, "de-DE", null, newAddress());
        HttpResponse<String> huge = get("/login?lang=" + "f".repeat(4_000), "it", null, newAddress());

        assertThat(scripted.statusCode()).isEqualTo(200);
        assertThat(scripted.body()).contains("<html lang=\"de\">").doesNotContain("alert(1)");
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(huge.body()).contains("<html lang=\"it\">");
    }

    @Test
    void aWrongPasswordComesBackToThePageWithItsAlert() throws Exception {
        String user = newLearner();
        String address = newAddress();
        HttpResponse<String> page = get("/login", "en-GB", null, address);
        String cookie = sessionCookie(page);

        HttpResponse<String> refused = postSignIn(user, "not-the-password", page, cookie, address);
        String to = refused.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> back = get(URI.create(to).getRawPath() + "?" + URI.create(to).getRawQuery(), "en-GB",
                cookie, address);

        assertThat(to).contains("login?error");
        assertThat(back.body()).contains("role=\"alert\"").contains("Wrong username or password");
    }

    @Test
    void aThrottledSignInIsToldAsThrottledInThePagesLanguage() throws Exception {
        String user = newLearner();
        String address = newAddress();
        HttpResponse<String> page = get("/login?lang=fr", "en-GB", null, address);
        String cookie = sessionCookie(page);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> refused = postSignIn(user, "guess-" + i, page, cookie, address);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("login?error");
            cookie = sessionCookie(refused, cookie);
            page = get("/login?error", "en-GB", cookie, address);
        }

        assertThat(page.body()).contains("<html lang=\"fr\">").contains("role=\"alert\"")
                .contains("Trop de connexions échouées");
    }

    @Test
    void theStylesheetIsPublicLikeThePage() throws Exception {
        HttpResponse<String> css = get("/sign-in.css", "en", null, newAddress());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).contains(".card");
    }

    private String newLearner() {
        String user = "page-login-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(user, "Page Learner", "page-secret-2", EnumSet.of(Role.LEARNER));
        return user;
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie, String address)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET()
                .header("Accept-Language", acceptLanguage).header("X-Forwarded-For", address);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSignIn(String user, String password, HttpResponse<String> page, String cookie,
            String address) throws Exception {
        Matcher token = CSRF_INPUT.matcher(page.body());
        assertThat(token.find()).as("the page carries the form's CSRF token").isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return sessionCookie(response, null);
    }

    /** The session cookie a response sets (a new one after sign-in attempts), else the one held. */
    private static String sessionCookie(HttpResponse<String> response, String held) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElse(held);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A fresh documentation address (RFC 5737), so tests never share a throttle counter. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
