package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.lti.LtiPlatforms;
import org.tnracademy.core.lti.PlatformForm;
import org.tnracademy.ui.lti.FakePlatform;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * An LTI launch in Chromium inside the LMS's iframe: the LMS (played by the test on 127.0.0.1,
 * another site than the academy on localhost) shows a course page framing the academy's login
 * initiation; its authorisation endpoint auto-posts the id token; the learner lands on the exercise,
 * signed in, inside the frame (the session cookie is SameSite=None, the frame allowed for this
 * platform only). Runs with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class LtiFrameBrowserTest extends ChromiumSuite {

    private static final LocatorAssertions.IsVisibleOptions PATIENT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(90_000);

    @Autowired
    LtiPlatforms platforms;
    @Autowired
    JdbcClient jdbc;

    private FakePlatform lms;

    @BeforeAll
    void anLmsWithTheAcademyRegistered() throws Exception {
        lms = new FakePlatform("127.0.0.1");
        ActingAs.user("admin", Role.ADMIN, () -> platforms.save(null, new PlatformForm(lms.issuer(),
                FakePlatform.CLIENT_ID, FakePlatform.DEPLOYMENT, lms.url("/jwks"), lms.url("/auth"),
                lms.url("/token"))));
        long exercise = jdbc.sql("select max(id) from exercise where slug = 'spot-consular-phishing'")
                .query(Long.class).single();
        lms.answerLoginsWith((hint, nonce) -> lms.resourceLink(hint, nonce, "Learner",
                Map.of("exercise", Long.toString(exercise))).build());
        lms.frame(chromium.url("lti/login") + "?iss=" + enc(lms.issuer()) + "&login_hint=framed-learner"
                + "&target_link_uri=" + enc(chromium.url("lti/launch")) + "&client_id=" + FakePlatform.CLIENT_ID);
    }

    @AfterAll
    void stopTheLms() {
        if (lms != null) {
            lms.close();
        }
    }

    @Test
    @Order(1)
    void aLaunchFromTheLmsCoursePageOpensTheExerciseSignedInInsideTheFrame() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(lms.url("/course"));
            FrameLocator tool = page.frameLocator("#tool");
            assertThat(tool.getByText("Spot the consular impersonation").first()).isVisible(PATIENT);
            HeadlessChromium.shot(page, "lti-01-exercise-in-lms-frame");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
