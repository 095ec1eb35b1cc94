package org.tnracademy.ui.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The academy in profile {@code keycloak} against a real Keycloak with the shipped realm, in
 * Chromium: each demo user signs in on Keycloak's own login page and reaches only their role's
 * pages; signing out ends the Keycloak session too (the next visit asks for the password again);
 * the access token Keycloak issued works on /api with the same roles.
 * <p>
 * Runs with the Maven profiles {@code browser,keycloak}; there a missing Keycloak or browser fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("keycloak")
@EnabledIfSystemProperty(named = "academy.keycloak-tests", matches = "true")
@ExtendWith(KeycloakServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSignInTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("academy.chromium", "/usr/bin/chromium");
    private static final List<String> ALL_PAGES = List.of("courses", "progress", "instructor/courses",
            "cohort/gradebook", "admin/accounts", "admin/audit", "account/password");

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("academy.oidc.issuer", KeycloakServer::issuer);
        registry.add("server.port", KeycloakServer::appPort);
    }

    @Autowired
    OAuth2AuthorizedClientService authorizedClients;

    Playwright playwright;
    Browser browser;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Demo users of the realm, the pages each may open; every other page of ALL_PAGES is refused. */
    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("analyst", List.of("courses", "progress")),
                Arguments.of("instructor", List.of("instructor/courses")),
                Arguments.of("manager", List.of("cohort/gradebook")),
                Arguments.of("admin", List.of("cohort/gradebook", "admin/accounts", "admin/audit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    @Order(1)
    void eachRoleSignsInOnKeycloaksPageAndReachesOnlyItsOwnPages(String user, List<String> allowed) {
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, user);
            assertThat(page.locator("#signed-in-user")).hasText(user);
            // passwords are Keycloak's: no local password change
            assertThat(page.locator("#change-password")).hasCount(0);
            shot(page, "kc-" + user + "-start");
            for (String address : ALL_PAGES) {
                page.navigate(app(address));
                if (allowed.contains(address)) {
                    assertThat(page.locator("#signed-in-user")).isVisible();
                    assertThat(page.locator("#error-page")).hasCount(0);
                } else {
                    assertThat(page.locator("#error-page")).isVisible();
                }
            }
        }
    }

    @Test
    @Order(2)
    void signingOutEndsTheKeycloakSessionSoTheNextVisitAsksForThePasswordAgain() {
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, "analyst");
            page.locator("#sign-out").click();
            // back at the academy's start, which sends an anonymous visitor to Keycloak's login form
            assertThat(page.locator("#kc-login")).isVisible();
            page.navigate(app("progress"));
            assertThat(page.locator("#kc-login")).isVisible();
            assertThat(page.locator("#password")).isVisible();
            assertThat(page.locator("#signed-in-user")).hasCount(0);
            shot(page, "kc-signed-out");
            // the local login page is not offered: its address leads to Keycloak's
            page.navigate(app("login"));
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    @Test
    @Order(3)
    void theApiAcceptsTheAccessTokensKeycloakIssuedWithTheSameRoles() throws Exception {
        String learnerToken = tokenAfterSignIn("analyst");
        String instructorToken = tokenAfterSignIn("instructor");

        HttpResponse<String> progress = get("/api/me/progress", learnerToken);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.headers().firstValue("content-type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat((String) JsonPath.read(progress.body(), "$.learner")).isEqualTo("analyst");
        Number courseId = JsonPath.read(progress.body(), "$.courses[0].id");

        String resultsAddress = "/api/courses/" + courseId + "/results";
        assertThat(get(resultsAddress, learnerToken).statusCode()).isEqualTo(403);
        HttpResponse<String> results = get(resultsAddress, instructorToken);
        assertThat(results.statusCode()).isEqualTo(200);
        // the Keycloak learner was linked to an account with the learner role: the results list them
        List<String> learners = JsonPath.read(results.body(), "$.learners[*].username");
        assertThat(learners).contains("analyst").doesNotContain("instructor");
        assertThat(results.body()).doesNotContainIgnoringCase("key").doesNotContain("password");

        assertThat(get("/api/me/progress", instructorToken).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = get("/api/me/progress", null);
        assertThat(anonymous.statusCode()).as("no token: %s", anonymous.headers().map()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> forged = get("/api/me/progress",
                learnerToken.substring(0, learnerToken.length() - 4) + "AAAA");
        assertThat(forged.statusCode()).as("forged token: %s", forged.headers().map()).isEqualTo(401);
    }

    private String tokenAfterSignIn(String user) {
        try (BrowserContext context = newContext()) {
            signIn(context, user);
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient("keycloak", user);
        assertThat(client).as("authorized client of " + user).isNotNull();
        return client.getAccessToken().getTokenValue();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path.substring(1))));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900));
    }

    /** Signs in on Keycloak's own login page with the realm's demo password. */
    private Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(app(""));
        page.waitForURL(u -> u.startsWith(KeycloakServer.issuer()));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user + "-demo-pw");
        page.locator("#kc-login").click();
        try {
            page.waitForURL(u -> u.startsWith(app("")));
        } catch (RuntimeException stillAtKeycloak) {
            shot(page, "kc-sign-in-failed-" + user);
            throw new AssertionError("Signing in as " + user + " did not come back to the academy; Keycloak shows: "
                    + page.locator("body").innerText(), stillAtKeycloak);
        }
        assertThat(page.locator("#signed-in-user")).isVisible();
        return page;
    }

    private static String app(String path) {
        return "http://localhost:" + KeycloakServer.appPort() + "/" + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
