package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Position;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter geolocation exercise in Chromium: the photos show, a pin is placed on the offline
 * map by clicking and by the keyboard (the coordinate fields follow, the position is read out),
 * typed coordinates move the pin, and after submitting the feedback map shows the true place
 * only for the answer within tolerance. Nothing is fetched from anywhere but the academy: every
 * request of the page goes to its own server. Screenshots in target/screenshots (geo-*). Runs
 * with the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "academy.demo-cohort=true"})
// a class condition is not inherited: each suite names the profile switch itself
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class GeolocationBrowserTest extends ChromiumSuite {

    private static final String PLACE = "q-photo-001";
    private static final String OTHER = "q-photo-002";

    @Test
    @Order(1)
    void aPinIsPlacedByClickAndByKeyboardOnAnOfflineMapAndTheFeedbackShowsTheTruePlace() throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try {
            journey();
        } finally {
            PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        }
    }

    private void journey() throws IOException {
        double[] truth = trueFirstPlace();
        List<String> requests = new CopyOnWriteArrayList<>();
        try (BrowserContext laptop = chromium.newContext("en-GB")) {
            laptop.onRequest(r -> requests.add(r.url()));
            Page page = chromium.signIn(laptop, "analyst");
            page.locator("a[id^='course-']").first().click();
            page.locator("#exercise-geolocate-the-photos").click();
            page.locator("#start-attempt").click();

            Locator photo = page.locator("#photo-" + PLACE + " img");
            assertThat(photo).isVisible();
            assertThat(photo).hasAttribute("alt", Pattern.compile("^Synthetic picture\\..*Fennick Vale water tower"));
            assertThat(page.locator("#photo-" + PLACE + " figcaption")).containsText("synthetic picture");
            org.assertj.core.api.Assertions.assertThat((Boolean) photo.evaluate("i => i.complete && i.naturalWidth > 0"))
                    .as("the photo loaded").isTrue();

            Locator map = page.locator("#map-" + PLACE + " .leaflet-container");
            assertThat(map).isVisible();
            assertThat(map).hasAttribute("aria-label", Pattern.compile("Arrow keys"));
            assertThat(page.locator("#map-" + PLACE + " img.leaflet-image-layer")).isVisible();
            map.scrollIntoViewIfNeeded();

            // a click places the pin and fills both fields
            map.click(new Locator.ClickOptions().setPosition(new Position(300, 150)));
            assertThat(page.locator("#map-" + PLACE + " .academy-geo-pin")).isVisible();
            Locator latitude = page.locator("#latitude-" + PLACE + " input");
            Locator longitude = page.locator("#longitude-" + PLACE + " input");
            assertThat(latitude).hasValue(Pattern.compile("^-4[123]\\.\\d+$"));
            assertThat(longitude).hasValue(Pattern.compile("^-2[3456]\\.\\d+$"));
            assertThat(page.locator("#draft-saved")).containsText("Draft saved at");
            HeadlessChromium.shot(page, "geo-01-pin-by-click");

            // the keyboard: focus the second map, Enter drops the pin at the centre, arrows move it
            Locator other = page.locator("#map-" + OTHER + " .leaflet-container");
            other.scrollIntoViewIfNeeded();
            other.focus();
            page.keyboard().press("Enter");
            Locator otherLatitude = page.locator("#latitude-" + OTHER + " input");
            assertThat(otherLatitude).hasValue(Pattern.compile("^-4[123]\\.\\d+$"));
            String before = otherLatitude.inputValue();
            page.keyboard().press("ArrowUp");
            page.keyboard().press("Shift+ArrowUp");
            assertThat(otherLatitude).not().hasValue(before);
            org.assertj.core.api.Assertions.assertThat(Double.parseDouble(otherLatitude.inputValue()))
                    .as("up is north").isGreaterThan(Double.parseDouble(before));
            assertThat(page.locator("#map-" + OTHER + " .academy-geo-live")).containsText("Your pin: latitude");
            HeadlessChromium.shot(page, "geo-02-pin-by-keyboard");

            // typed coordinates move the pin: the true place of the first photo
            latitude.fill(Double.toString(truth[0]));
            latitude.press("Tab");
            longitude.fill(Double.toString(truth[1]));
            longitude.press("Tab");
            assertThat(page.locator("#map-" + PLACE + " .academy-geo-readout"))
                    .containsText(String.valueOf(truth[1]));

            page.locator("#submit-answer").click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Submit answer")).click();
            Locator feedback = page.locator("#feedback-map-" + PLACE);
            assertThat(feedback.locator(".academy-geo-expected")).isVisible();
            assertThat(feedback.locator(".leaflet-tooltip")).containsText("from the true place");
            // the map was laid out after it was built: it is fitted to the basemap, the true place in view
            feedback.scrollIntoViewIfNeeded();
            BoundingBox box = feedback.locator(".leaflet-container").boundingBox();
            BoundingBox mark = feedback.locator(".academy-geo-expected").boundingBox();
            org.assertj.core.api.Assertions.assertThat(mark.x).isBetween(box.x, box.x + box.width);
            org.assertj.core.api.Assertions.assertThat(mark.y).isBetween(box.y, box.y + box.height);
            assertThat(feedback.locator("img.leaflet-image-layer")).isVisible();
            // the second answer is far off with attempts left: its true place stays hidden
            assertThat(page.locator("#feedback-map-" + OTHER + " .academy-geo-pin")).isVisible();
            assertThat(page.locator("#feedback-map-" + OTHER + " .academy-geo-expected")).hasCount(0);
            HeadlessChromium.shot(page, "geo-03-feedback");
        }
        String own = chromium.url("");
        org.assertj.core.api.Assertions.assertThat(requests).isNotEmpty()
                .as("every request goes to the academy itself: no tile server, no CDN")
                .allMatch(u -> u.startsWith(own) || u.startsWith("data:"));
    }

    /** The key's place for the first photo, as the generator wrote it. */
    private static double[] trueFirstPlace() throws IOException {
        try (InputStream in = GeolocationBrowserTest.class.getClassLoader()
                .getResourceAsStream("packs/tnr-foundations/keys/geolocate-the-photos.key.yaml")) {
            String key = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("question: " + PLACE + "\\n\\s+latitude: (\\S+)\\n\\s+longitude: (\\S+)")
                    .matcher(key);
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        }
    }
}
