package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;

/**
 * Benchmark, not a test: how long a learner waits from pressing <em>Submit</em> on a quiz to
 * seeing its feedback, measured in the browser itself ({@code performance.now()} from the click to
 * the first frame after the feedback is in the page). Runs one learner at a time, then several at
 * once, each in its own headless Chromium submitting without think time, and prints p50, p95, p99
 * and the maximum per run (also to {@code target/benchmarks/submit-to-feedback.txt}). Nothing is
 * asserted on the figures: they go to docs/benchmarks.md with this command:
 * <pre>
 * ./mvnw -B -pl academy-ui -am verify -Pbrowser -Dacademy.submit-benchmark=true \
 *     -Dtest=SubmitToFeedbackBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dacademy.submit-benchmark.learners=40} and {@code -Dacademy.submit-benchmark.parallel=4}
 * change the number of learners per run and of browsers at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"academy.grading.async=true", "logging.level.root=WARN"})
@EnabledIfSystemProperty(named = "academy.submit-benchmark", matches = "true")
class SubmitToFeedbackBenchmark {

    private static final String QUIZ = "tnr-forms-quiz";
    /** Submissions per learner: the quiz allows three attempts; the last would ask to confirm. */
    private static final int SUBMITS_PER_LEARNER = 2;
    private static final Path REPORT = Path.of("target", "benchmarks", "submit-to-feedback.txt");

    /**
     * Clicks submit and resolves with the milliseconds until the next attempt's feedback is painted,
     * and those of the page's request to the server (sent to answered) within them.
     */
    private static final String TIMED_SUBMIT = """
            () => new Promise(resolve => {
              const title = () => document.querySelector('#feedback h3')?.textContent ?? '';
              const before = title();
              const t0 = performance.now();
              const server = () => Math.max(0, ...performance.getEntriesByType('resource')
                  .filter(e => e.startTime >= t0 && e.name.includes('v-r=uidl'))
                  .map(e => e.responseEnd - e.startTime));
              const done = () => requestAnimationFrame(() => setTimeout(() => resolve([performance.now() - t0, server()]), 0));
              const observer = new MutationObserver(() => {
                if (title() !== before && document.querySelector('#choice-feedback')) {
                  observer.disconnect();
                  done();
                }
              });
              observer.observe(document.body, {childList: true, subtree: true, characterData: true});
              document.getElementById('submit-answer').click();
            })""";

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;

    @Test
    void submitToVisibleFeedbackOfAQuiz() throws Exception {
        int learners = Integer.getInteger("academy.submit-benchmark.learners", 40);
        int parallel = Integer.getInteger("academy.submit-benchmark.parallel", 4);
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "");
        // a warm-up run: the first pages compile views and fill caches
        measure("warm-up", 0, Math.max(2, learners / 10), 1);
        measure("one learner at a time", 1_000, learners, 1);
        measure(parallel + " learners at once", 2_000, learners, parallel);
    }

    private void measure(String run, int firstLearner, int learners, int parallel) throws Exception {
        for (int i = 0; i < learners; i++) {
            String name = learner(firstLearner + i);
            accounts.ensure(name, "Benchmark learner " + (firstLearner + i), name, EnumSet.of(Role.LEARNER));
        }
        ExecutorService browsers = Executors.newFixedThreadPool(parallel);
        List<Future<List<double[]>>> runs = new ArrayList<>();
        for (int b = 0; b < parallel; b++) {
            int browser = b;
            runs.add(browsers.submit(() -> {
                List<double[]> times = new ArrayList<>();
                // Playwright is single-threaded: one Chromium per thread
                try (HeadlessChromium chromium = HeadlessChromium.launch(port)) {
                    for (int i = browser; i < learners; i += parallel) {
                        times.addAll(oneLearner(chromium, learner(firstLearner + i)));
                    }
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        for (Future<List<double[]>> f : runs) {
            for (double[] t : f.get()) {
                all.add(t[0]);
                server.add(t[1]);
            }
        }
        browsers.shutdown();
        report("submit to visible feedback, " + run, all);
        report("  of which the request to the server, " + run, server);
    }

    /** Per submit: milliseconds to visible feedback, and of the request to the server within them. */
    private List<double[]> oneLearner(HeadlessChromium chromium, String name) {
        List<double[]> times = new ArrayList<>();
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = chromium.signIn(context, name);
            page.locator("a[id^='course-']").first().click();
            page.locator("#exercise-" + QUIZ).click();
            answerEveryQuestion(page);
            // the answer stays in the workspace after feedback: the next attempt submits it again
            for (int s = 0; s < SUBMITS_PER_LEARNER; s++) {
                assertThat(page.locator("#submit-answer")).isEnabled();
                List<?> measured = (List<?>) page.evaluate(TIMED_SUBMIT);
                times.add(new double[] {((Number) measured.get(0)).doubleValue(), ((Number) measured.get(1)).doubleValue()});
            }
        }
        return times;
    }

    /** Picks the first option of every question (radio or checkbox). */
    private static void answerEveryQuestion(Page page) {
        Locator groups = page.locator("[id^='choice-']:is(vaadin-radio-group, vaadin-checkbox-group)");
        assertThat(groups.first()).isVisible();
        for (int g = 0; g < groups.count(); g++) {
            groups.nth(g).locator("vaadin-radio-button, vaadin-checkbox").first().click();
        }
    }

    private static String learner(int n) {
        return String.format(Locale.ROOT, "bench-%04d", n);
    }

    private static void report(String run, List<Double> times) throws IOException {
        Collections.sort(times);
        String line = String.format(Locale.ROOT,
                "%s: n=%d  p50=%.0f ms  p95=%.0f ms  p99=%.0f ms  max=%.0f ms%n",
                run, times.size(), percentile(times, 50), percentile(times, 95), percentile(times, 99),
                times.getLast());
        System.out.print(line);
        Files.writeString(REPORT, line, StandardOpenOption.APPEND);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
