package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tnracademy.core.studio.CoursePublishing;

/**
 * Publishing runs off the page's request: while a publication is under way (held here until the
 * test lets it go) the studio shows its progress and answers clicks, a second publication of the
 * same course is refused in words, and the progress ends in a result pushed to the page. Runs with
 * the Maven profile {@code browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.course-jobs.async=true")
@Import(PublishInBackgroundBrowserTest.HeldPublications.class)
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class PublishInBackgroundBrowserTest extends ChromiumSuite {

    private static final LocatorAssertions.IsVisibleOptions PATIENT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    /** Released by the test: every publication waits for it before it starts its work. */
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @TestConfiguration(proxyBeanMethods = false)
    static class HeldPublications {
        @Bean
        static BeanPostProcessor holdPublications() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof CoursePublishing && bean instanceof Advised advised) {
                        advised.addAdvice(0, (MethodInterceptor) call -> {
                            if (call.getMethod().getName().equals("publish")) {
                                RELEASE.await(120, TimeUnit.SECONDS);
                            }
                            return call.proceed();
                        });
                    }
                    return bean;
                }
            };
        }
    }

    @Test
    @Order(1)
    void theStudioStaysUsableWhilePublishingAndShowsTheResult() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, "instructor");
            page.locator("#edit-course-tnr-foundations").click();
            page.locator("#save-course-draft").click();
            assertThat(page.locator("#course-draft-status")).containsText("revision");

            page.locator("#publish-course-draft").click();
            confirmPublish(page);
            Locator progress = page.locator("#publish-progress");
            assertThat(progress).isVisible(PATIENT);
            assertThat(page.locator("#publish-progress-text")).containsText("Publishing the course");
            HeadlessChromium.shot(page, "hot-01-publishing");

            // the page answers while the publication runs: a dialog opens and closes
            page.locator("#add-module").click();
            Locator dialog = page.locator("vaadin-dialog-overlay");
            assertThat(dialog).isVisible(PATIENT);
            page.keyboard().press("Escape");
            assertThat(dialog).hasCount(0);

            // a second publication of the same course is refused in words
            page.locator("#publish-course-draft").click();
            confirmPublish(page);
            assertThat(page.locator("#course-draft-error")).containsText("already being published");
            HeadlessChromium.shot(page, "hot-02-second-refused");

            RELEASE.countDown();
            assertThat(progress).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(120_000));
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("Course version \\d+ published")))).isVisible(PATIENT);
            HeadlessChromium.shot(page, "hot-03-published");
        }
    }

    private static void confirmPublish(Page page) {
        Locator confirm = page.locator("[role='alertdialog']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Publish course"));
        assertThat(confirm).isVisible(PATIENT);
        confirm.click();
        assertThat(confirm).hasCount(0);
    }
}
