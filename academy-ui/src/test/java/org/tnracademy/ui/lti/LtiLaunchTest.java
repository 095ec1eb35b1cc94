package org.tnracademy.ui.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.LearnerGradesReplaced;
import org.tnracademy.core.lti.DeepLinkRequest;
import org.tnracademy.core.lti.DeepLinkResponse;
import org.tnracademy.core.lti.LtiDeepLinking;
import org.tnracademy.core.lti.LtiPlatforms;
import org.tnracademy.core.lti.LtiRoster;
import org.tnracademy.core.lti.PlatformForm;
import org.tnracademy.core.policy.ScoringPolicy;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * LTI 1.3 against an LMS played by the test ({@link FakePlatform}): login initiation, launch,
 * signed-in page inside the platform's frame only; every refusal on a clear page; scores back
 * through AGS after grading and after a regrade; deep linking; the roster through NRPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "academy.lti.jwks-refetch-interval=PT0S", "academy.lti.grade-return.interval=PT1S"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiLaunchTest {

    private static final String EXERCISE_SLUG = "spot-consular-phishing";

    @LocalServerPort
    int port;
    @Autowired
    LtiPlatforms platforms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GradingService grading;
    @Autowired
    LtiDeepLinking deepLinking;
    @Autowired
    LtiRoster roster;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private FakePlatform lms;
    private long exerciseId;

    @BeforeAll
    void registerThePlatform() throws Exception {
        lms = new FakePlatform();
        ActingAs.user("admin", Role.ADMIN, () -> platforms.save(null, new PlatformForm(lms.issuer(),
                FakePlatform.CLIENT_ID, FakePlatform.DEPLOYMENT + "\nanother-deployment", lms.url("/jwks"),
                lms.url("/auth"), lms.url("/token"))));
        exerciseId = jdbc.sql("select max(id) from exercise where slug = :s").param("s", EXERCISE_SLUG)
                .query(Long.class).single();
    }

    @AfterAll
    void stopThePlatform() {
        lms.close();
    }

    /**
     * A browser on localhost: the academy's session cookie kept (also when Secure, as Chromium
     * does on localhost, unlike Java's CookieManager), redirects not followed.
     */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String language = "en";
        String session;

        HttpResponse<String> get(String pathOrUrl) throws Exception {
            return kept(http.send(withSession(HttpRequest.newBuilder(uri(pathOrUrl))).header("Accept-Language", language)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return kept(http.send(withSession(HttpRequest.newBuilder(uri(path))).header("Accept-Language", language)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private HttpRequest.Builder withSession(HttpRequest.Builder request) {
            return session == null ? request : request.header("Cookie", "JSESSIONID=" + session);
        }

        /** The last JSESSIONID set wins, as in a browser. */
        private HttpResponse<String> kept(HttpResponse<String> response) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith("JSESSIONID=")) {
                    session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
                }
            }
            return response;
        }

        /** The login initiation, as the platform starts it: the query of the redirect to its auth endpoint. */
        Map<String, String> login(String user) throws Exception {
            HttpResponse<String> response = post("/lti/login", Map.of("iss", lms.issuer(), "login_hint", user,
                    "target_link_uri", "http://localhost:" + port + "/lti/launch", "client_id",
                    FakePlatform.CLIENT_ID, "lti_deployment_id", FakePlatform.DEPLOYMENT, "lti_message_hint", "m-1"));
            assertThat(response.statusCode()).isEqualTo(302);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(lms.url("/auth?"));
            return query(URI.create(location).getRawQuery());
        }

        HttpResponse<String> launch(String idToken, String state) throws Exception {
            return post("/lti/launch", Map.of("id_token", idToken, "state", state));
        }

        String session() {
            return session;
        }
    }

    @Test
    void loginInitiationRedirectsToThePlatformWithAFreshStateAndNonceAndAFormPost() throws Exception {
        Browser browser = new Browser();
        Map<String, String> first = browser.login("u1");
        Map<String, String> second = browser.login("u1");
        assertThat(first).containsEntry("response_mode", "form_post").containsEntry("response_type", "id_token")
                .containsEntry("scope", "openid").containsEntry("client_id", FakePlatform.CLIENT_ID)
                .containsEntry("login_hint", "u1").containsEntry("lti_message_hint", "m-1")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/lti/launch");
        assertThat(first.get("state")).hasSizeGreaterThan(30).isNotEqualTo(second.get("state"));
        assertThat(first.get("nonce")).hasSizeGreaterThan(30).isNotEqualTo(second.get("nonce"));
        // GET works the same way
        HttpResponse<String> get = browser.get("/lti/login?iss=" + enc(lms.issuer()) + "&login_hint=u1"
                + "&target_link_uri=" + enc("http://localhost:" + port + "/lti/launch"));
        assertThat(get.statusCode()).isEqualTo(302);
    }

    @Test
    void aLearnersLaunchSignsThemInWithANewSessionAndOpensTheExerciseFramableByThePlatformOnly() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.session();
        Map<String, String> login = browser.login("learner-1");
        String token = lms.sign(lms.resourceLink("learner-1", login.get("nonce"), "Learner",
                Map.of("exercise", Long.toString(exerciseId))).build());

        HttpResponse<String> launched = browser.launch(token, login.get("state"));

        assertThat(launched.statusCode()).isEqualTo(303);
        assertThat(launched.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/exercises/"
                + exerciseId);
        assertThat(browser.session()).as("a new session: no fixation").isNotNull().isNotEqualTo(before);
        assertThat(launched.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .contains("SameSite=None", "Secure", "HttpOnly", "Partitioned"));
        HttpResponse<String> page = browser.get("/exercises/" + exerciseId);
        assertThat(page.statusCode()).as("signed in: the page, not the sign-in redirect").isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'self' " + lms.issuer()).doesNotContain("frame-ancestors 'none'");
        // Vaadin's own X-Frame-Options SAMEORIGIN may stay: browsers ignore it when frame-ancestors is present
        assertThat(page.headers().allValues("X-Frame-Options")).doesNotContain("DENY");

        String account = jdbc.sql("select username from account where external_issuer = :i and external_subject = :s")
                .param("i", lms.issuer()).param("s", "learner-1").query(String.class).single();
        assertThat(account).isEqualTo("learner-1@lms.example.org");
        assertThat(jdbc.sql("""
                        select count(*) from cohort_member m join lti_context x on x.cohort_id = m.cohort_id
                        join account a on a.id = m.learner_id where a.username = :u""")
                .param("u", account).query(Integer.class).single()).as("enrolled in the LMS course's cohort")
                .isEqualTo(1);

        // everyone else keeps the academy out of frames
        Browser other = new Browser();
        HttpResponse<String> signIn = other.get("/login");
        assertThat(signIn.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(signIn.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(other.get("/exercises/" + exerciseId).statusCode()).isNotEqualTo(200);
    }

    @Test
    void anInstructorsLaunchGoesToTheExercisesPreview() throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("teacher-1");
        HttpResponse<String> launched = browser.launch(lms.sign(lms.resourceLink("teacher-1", login.get("nonce"),
                "Instructor", Map.of("exercise", Long.toString(exerciseId))).build()), login.get("state"));
        assertThat(launched.headers().firstValue("Location")).hasValue("http://localhost:" + port
                + "/instructor/exercises/" + exerciseId + "/preview");
    }

    @Test
    void everyRefusalShowsAClearPageWithNoTokenAndNoStackTrace() throws Exception {
        RSAKey stranger = FakePlatform.newKey();
        Browser browser = new Browser();

        Map<String, String> login = browser.login("x");
        JWTClaimsSet good = lms.resourceLink("x", login.get("nonce"), "Learner", Map.of()).build();
        RSAKey sameKidOtherKey = new RSAKey.Builder(stranger).keyID(SignedJWT.parse(lms.sign(good)).getHeader()
                .getKeyID()).build();
        assertRefused(browser, FakePlatform.sign(good, sameKidOtherKey), login.get("state"), "BAD_SIGNATURE");

        login = browser.login("x");
        assertRefused(browser, lms.sign(new JWTClaimsSet.Builder(lms.resourceLink("x", login.get("nonce"), "Learner",
                Map.of()).build()).audience("another-tool").claim("azp", null).build()), login.get("state"),
                "WRONG_AUDIENCE");

        Map<String, String> earlier = browser.login("x");
        login = browser.login("x");
        assertRefused(browser, lms.sign(lms.resourceLink("x", earlier.get("nonce"), "Learner", Map.of()).build()),
                login.get("state"), "WRONG_NONCE");

        login = browser.login("x");
        assertRefused(browser, lms.sign(lms.resourceLink("x", login.get("nonce"), "Learner", Map.of()).build()),
                "not-the-state", "UNKNOWN_STATE");

        login = browser.login("x");
        assertRefused(browser, lms.sign(lms.resourceLink("x", login.get("nonce"), "Learner", Map.of())
                .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "unknown").build()),
                login.get("state"), "UNKNOWN_DEPLOYMENT");

        login = browser.login("x");
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused(browser, lms.sign(lms.resourceLink("x", login.get("nonce"), "Learner", Map.of())
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build()),
                login.get("state"), "EXPIRED");

        login = browser.login("x");
        assertRefused(browser, lms.sign(lms.resourceLink("x", login.get("nonce"), "Learner", Map.of())
                .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.1").build()),
                login.get("state"), "UNSUPPORTED_MESSAGE");

        // a launch that worked cannot be replayed: its state is used up
        login = browser.login("x");
        String token = lms.sign(lms.resourceLink("x", login.get("nonce"), "Learner", Map.of()).build());
        assertThat(browser.launch(token, login.get("state")).statusCode()).isEqualTo(303);
        assertRefused(new Browser(), token, login.get("state"), "UNKNOWN_STATE");

        HttpResponse<String> unknownPlatform = browser.post("/lti/login", Map.of("iss", "https://nobody.example",
                "login_hint", "x", "target_link_uri", "https://academy.example/"));
        assertThat(unknownPlatform.statusCode()).isEqualTo(400);
        assertThat(unknownPlatform.body()).contains("data-reason=\"UNKNOWN_PLATFORM\"");

        browser.language = "fr";
        login = browser.login("x");
        HttpResponse<String> french = browser.launch("not.a.token", login.get("state"));
        assertThat(french.body()).contains("lang=\"fr\"", "Ce lancement depuis votre LMS a été refusé");
    }

    private void assertRefused(Browser browser, String token, String state, String reason) throws Exception {
        HttpResponse<String> refused = browser.launch(token, state);
        assertThat(refused.statusCode()).as(reason).isEqualTo(400);
        assertThat(refused.body()).as(reason).contains("data-reason=\"" + reason + "\"",
                        "This launch from your LMS was refused")
                .doesNotContain(token, token.substring(0, 20), "Exception", "at org.");
        assertThat(refused.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors " + lms.issuer());
    }

    @Test
    void aRotatedPlatformKeyIsFetchedAgainForItsUnknownKeyId() throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("rotating");
        assertThat(browser.launch(lms.sign(lms.resourceLink("rotating", login.get("nonce"), "Learner", Map.of())
                .build()), login.get("state")).statusCode()).isEqualTo(303);
        lms.rotateKey();
        login = browser.login("rotating");
        assertThat(browser.launch(lms.sign(lms.resourceLink("rotating", login.get("nonce"), "Learner", Map.of())
                .build()), login.get("state")).statusCode()).isEqualTo(303);
    }

    @Test
    void theScoreGoesBackToTheLineItemAfterGradingAndAgainAfterARegradeWithASignedClientAssertion()
            throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("grade-1");
        assertThat(browser.launch(lms.sign(lms.resourceLink("grade-1", login.get("nonce"), "Learner",
                Map.of("exercise", Long.toString(exerciseId))).build()), login.get("state")).statusCode())
                .isEqualTo(303);
        String username = "grade-1@lms.example.org";
        lms.scores.clear();

        GradedAttempt graded = ActingAs.learner(username, () -> {
            grading.start(exerciseId);
            return grading.submit(exerciseId, Map.of("values", Map.of("impersonation", "B",
                    "sender-domain", "consulate-services-online.example", "official-domain", "elsewhere.example",
                    "deadline-hours", "12", "meeting-place", "nowhere")), UUID.randomUUID().toString());
        });

        FakePlatform.Received score = nextScoreFor("grade-1");
        assertThat(score).as("a score reached the platform").isNotNull();
        assertThat(score.path()).isEqualTo("/lineitems/9/scores?type=x");
        assertThat(score.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(score.authorization()).startsWith("Bearer platform-token-");
        Map<String, Object> json = JSONObjectUtils.parse(score.body());
        assertThat(json).containsEntry("userId", "grade-1").containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("activityProgress", "Completed");
        assertThat(((Number) json.get("scoreMaximum")).doubleValue()).isEqualTo(100.0);
        assertThat(((Number) json.get("scoreGiven")).doubleValue())
                .isEqualTo(Math.round(graded.score() * 10000) / 100.0);
        assertThat(graded.score()).isBetween(0.01, 0.99);

        // the token came by a client assertion signed with the key the academy publishes
        String form = lms.tokenRequests.getLast().body();
        Map<String, String> fields = query(form);
        assertThat(fields).containsEntry("grant_type", "client_credentials").containsEntry("client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(fields.get("client_assertion"));
        RSAKey toolKey = JWKSet.parse(browser.get("/lti/jwks").body()).getKeyByKeyId(assertion.getHeader().getKeyID())
                .toRSAKey();
        assertThat(assertion.verify(new RSASSAVerifier(toolKey))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(FakePlatform.CLIENT_ID);
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(lms.url("/token"));

        // a regrade replaces the grade: the new standing goes back too
        long learnerId = jdbc.sql("select id from account where username = :u").param("u", username)
                .query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new LearnerGradesReplaced(learnerId, exerciseId,
                ScoringPolicy.BEST, List.of(new LearnerGradesReplaced.ScoredAttempt(1, 1.0, Instant.now())))));
        FakePlatform.Received regraded = nextScoreFor("grade-1");
        assertThat(regraded).isNotNull();
        assertThat(((Number) JSONObjectUtils.parse(regraded.body()).get("scoreGiven")).doubleValue())
                .isEqualTo(100.0);
    }

    @Test
    void aScoreThePlatformRefusedIsKeptAndSentAgainLater() throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("retry-1");
        browser.launch(lms.sign(lms.resourceLink("retry-1", login.get("nonce"), "Learner",
                Map.of("exercise", Long.toString(exerciseId))).build()), login.get("state"));
        lms.scores.clear();
        long learnerId = jdbc.sql("select id from account where username = 'retry-1@lms.example.org'")
                .query(Long.class).single();
        lms.scoreStatus = 503;
        String refused = """
                select o.last_error from lti_score_outbox o join lti_line_item l on l.id = o.line_item_id
                where l.learner_id = :l and o.sent_at is null""";
        try {
            tx.executeWithoutResult(s -> events.publishEvent(new LearnerGradesReplaced(learnerId, exerciseId,
                    ScoringPolicy.BEST, List.of(new LearnerGradesReplaced.ScoredAttempt(1, 0.5, Instant.now())))));
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(refused).param("l", learnerId)
                    .query(String.class).optional().orElse(""), error -> error.contains("503"));
        } finally {
            lms.scoreStatus = 200;
        }
        // the wait is minutes: bring the next try forward, as time would
        jdbc.sql("""
                        update lti_score_outbox set next_try_at = current_timestamp where sent_at is null and line_item_id in
                        (select id from lti_line_item where learner_id = :l)""").param("l", learnerId).update();

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("""
                        select count(*) from lti_score_outbox o join lti_line_item l on l.id = o.line_item_id
                        where l.learner_id = :l and o.sent_at is not null and o.tries = 2""")
                .param("l", learnerId).query(Integer.class).single(), sent -> sent == 1);
        FakePlatform.Received refusedFirst = nextScoreFor("retry-1");
        FakePlatform.Received again = nextScoreFor("retry-1");
        assertThat(((Number) JSONObjectUtils.parse(refusedFirst.body()).get("scoreGiven")).doubleValue())
                .isEqualTo(50.0);
        assertThat(((Number) JSONObjectUtils.parse(again.body()).get("scoreGiven")).doubleValue()).isEqualTo(50.0);
    }

    /** The next score the platform received for this user (others' scores, sent meanwhile, skipped). */
    private FakePlatform.Received nextScoreFor(String userId) throws Exception {
        while (true) {
            FakePlatform.Received score = lms.scores.poll(90, TimeUnit.SECONDS);
            assertThat(score).as("a score for " + userId + " reached the platform").isNotNull();
            if (JSONObjectUtils.parse(score.body()).get("userId").equals(userId)) {
                return score;
            }
        }
    }

    @Test
    void aDeepLinkingRequestLeadsToTheExercisePickerAndASignedResponseForThePlatform() throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("teacher-dl");
        JWTClaimsSet request = lms.resourceLink("teacher-dl", login.get("nonce"), "Instructor", Map.of())
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", lms.url("/deep-links"), "accept_types", List.of("ltiResourceLink"),
                        "data", "opaque-42"))
                .build();
        HttpResponse<String> launched = browser.launch(lms.sign(request), login.get("state"));
        assertThat(launched.headers().firstValue("Location")).hasValue("http://localhost:" + port
                + "/lti/deep-linking");
        assertThat(browser.get("/lti/deep-linking").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + lms.issuer());

        long platformId = jdbc.sql("select id from lti_platform where issuer = :i").param("i", lms.issuer())
                .query(Long.class).single();
        DeepLinkResponse response = ActingAs.user("teacher-dl@lms.example.org", Role.INSTRUCTOR, () ->
                deepLinking.respond(new DeepLinkRequest(platformId, FakePlatform.DEPLOYMENT, lms.url("/deep-links"),
                        "opaque-42"), exerciseId, "Spot the consular impersonation", "http://localhost:" + port
                        + "/lti/launch"));
        assertThat(response.returnUrl()).isEqualTo(lms.url("/deep-links"));
        SignedJWT jwt = SignedJWT.parse(response.jwt());
        RSAKey toolKey = JWKSet.parse(browser.get("/lti/jwks").body()).getKeyByKeyId(jwt.getHeader().getKeyID())
                .toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(toolKey))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(FakePlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(lms.issuer());
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
                .isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("opaque-42");
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                .isEqualTo(FakePlatform.DEPLOYMENT);
        List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().toString()).contains("ltiResourceLink", "exercise=" + exerciseId,
                "/lti/launch", "scoreMaximum");
    }

    private static final String MEMBER = """
            {"user_id":"%s","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#%s"],"name":"%s",
             "email":"%s@lms.example.org","status":"Active"}""";

    /** The cohort of the LMS course an instructor launched from (which gives it its roster address). */
    private long rosterCohort() throws Exception {
        Browser browser = new Browser();
        Map<String, String> login = browser.login("roster-teacher");
        browser.launch(lms.sign(lms.resourceLink("roster-teacher", login.get("nonce"), "Instructor", Map.of())
                .build()), login.get("state"));
        return jdbc.sql("select cohort_id from lti_context where context_id = 'course-77'").query(Long.class).single();
    }

    private static String learners(String... userIds) {
        return "{\"id\":\"m\",\"members\":[" + java.util.Arrays.stream(userIds)
                .map(id -> MEMBER.formatted(id, "Learner", "Learner " + id, id)).collect(Collectors.joining(",")) + "]}";
    }

    private int enrolledAmong(long cohortId, String usernamePrefix) {
        return jdbc.sql("""
                        select count(*) from cohort_member m join account a on a.id = m.learner_id
                        where m.cohort_id = :c and a.username like :p""")
                .param("c", cohortId).param("p", usernamePrefix + "%").query(Integer.class).single();
    }

    @Test
    void theRosterFillsTheLmsCoursesCohortWithItsLearners() throws Exception {
        long cohortId = rosterCohort();
        lms.members("{\"id\":\"m\",\"members\":[" + MEMBER.formatted("roster-a", "Learner", "Roster A", "roster-a")
                + "," + MEMBER.formatted("roster-b", "Learner", "Roster B", "roster-b")
                + "," + MEMBER.formatted("roster-teacher", "Instructor", "Roster T", "roster-teacher") + "]}");

        LtiRoster.Filled filled = ActingAs.user("admin", Role.ADMIN, () -> roster.fill(cohortId));

        assertThat(filled).isEqualTo(new LtiRoster.Filled(3, 2));
        assertThat(jdbc.sql("""
                        select count(*) from cohort_member m join account a on a.id = m.learner_id
                        where m.cohort_id = :c and a.username in ('roster-a@lms.example.org', 'roster-b@lms.example.org')""")
                .param("c", cohortId).query(Integer.class).single()).isEqualTo(2);
        assertThat(ActingAs.user("admin", Role.ADMIN, () -> roster.fill(cohortId)).enrolledNow())
                .as("filling again enrols nobody twice").isZero();
    }

    @Test
    void aRosterOverThreePagesFillsEveryMember() throws Exception {
        long cohortId = rosterCohort();
        lms.memberPages(learners("paged-1a", "paged-1b"), learners("paged-2a", "paged-2b", "paged-1b"),
                learners("paged-3a"));

        LtiRoster.Filled filled = ActingAs.user("admin", Role.ADMIN, () -> roster.fill(cohortId));

        assertThat(lms.membershipRequests).containsExactly("/memberships", "/memberships?page=2", "/memberships?page=3");
        assertThat(filled).as("a member on two pages counts once").isEqualTo(new LtiRoster.Filled(5, 5));
        assertThat(enrolledAmong(cohortId, "paged-")).isEqualTo(5);
    }

    @Test
    void aNextPageOnAnotherHostIsRefusedAndNothingIsEnrolled() throws Exception {
        long cohortId = rosterCohort();
        lms.memberPages(learners("elsewhere-1a"), learners("elsewhere-2a"));
        // 127.0.0.1 reaches the same fake platform: only the academy's refusal keeps it from being read
        lms.nextPageHost = "127.0.0.1";

        assertThatThrownBy(() -> ActingAs.user("admin", Role.ADMIN, () -> roster.fill(cohortId)))
                .isInstanceOf(LtiRoster.RosterUnavailableException.class)
                .hasMessageContaining("next page on another site, refused")
                .hasMessageContaining("127.0.0.1");

        assertThat(lms.membershipRequests).containsExactly("/memberships");
        assertThat(enrolledAmong(cohortId, "elsewhere-")).as("not even the first page's members").isZero();
    }

    @Test
    void anOverLongRosterIsRefusedWithoutBeingReadWhole() throws Exception {
        long cohortId = rosterCohort();
        lms.memberPages(learners("flood-1a"));
        long flood = 256L * 1024 * 1024;
        lms.streamedMembers = flood;

        assertThatThrownBy(() -> ActingAs.user("admin", Role.ADMIN, () -> roster.fill(cohortId)))
                .isInstanceOf(LtiRoster.RosterUnavailableException.class)
                .hasMessageContaining("answered more than 65536 bytes");

        long written = lms.streamed.get(60, TimeUnit.SECONDS);
        assertThat(written).as("the academy hung up long before the end").isLessThan(flood / 4);
        lms.memberPages("{\"members\":[]}");
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
