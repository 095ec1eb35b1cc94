package org.tnracademy.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.studio.upload.IndicatorBundleFile;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.core.studio.PackUpload;
import org.tnracademy.core.studio.upload.DatasetFile;
import org.tnracademy.core.studio.upload.KeyFile;

/**
 * The attack of one huge upload, on every upload field: each view is opened in Chromium as the
 * user who has it, its upload's endpoint read from the page, and a body far over the field's limit
 * is POSTed to it with the page's session, streamed from a generator, once with its length
 * announced and once without. Each is refused and audited, and the server's heap does not grow by
 * the body's size (the server runs in this JVM). Runs with the Maven profile {@code browser}.
 */
// the demo cohort gives the demo manager a cohort page with its enrolment upload
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "academy.demo-cohort=true")
@EnabledIfSystemProperty(named = "academy.browser-tests", matches = "true")
class OversizedUploadBrowserTest extends ChromiumSuite {

    private static final long MIB = 1L << 20;
    /** How far over its limit each body goes: far more than the margin the heap may grow by. */
    private static final long OVER = 64 * MIB;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void patientAssertions() {
        // seven views opened one after another on a busy machine: a first page can take long to render
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** One upload field: who has it, on which page, its element and its limit. */
    record Field(RefusedUpload.Field field, String user, String path, String uploadId, String fileName, long limit) {
        @Override
        public String toString() {
            return field.name();
        }
    }

    Stream<Field> fields() {
        long cohortId = jdbc.queryForObject("select min(id) from cohort", Long.class);
        Map<String, Object> exercise = jdbc.queryForMap("select c.id as course_id, e.slug, e.id as exercise_id "
                + "from exercise e join course_module m on e.module_id = m.id join course c on m.course_id = c.id "
                + "where c.slug = 'tnr-foundations' and e.type = 'item-labelling' order by e.id limit 1");
        Map<String, Object> indicators = jdbc.queryForMap("select c.id as course_id, e.slug "
                + "from exercise e join course_module m on e.module_id = m.id join course c on m.course_id = c.id "
                + "where c.slug = 'tnr-foundations' and e.type = 'indicators' order by e.id limit 1");
        long lessonId = jdbc.queryForObject("select min(id) from lesson", Long.class);
        String editor = "instructor/courses/" + exercise.get("course_id") + "/exercises/" + exercise.get("slug") + "/edit";
        return Stream.of(
                new Field(RefusedUpload.Field.ACCOUNT_IMPORT, "admin", "admin/accounts", "import-learners",
                        "analysts.csv", MIB),
                new Field(RefusedUpload.Field.COHORT_ENROLMENT, "manager", "cohorts/" + cohortId, "enrol-csv",
                        "enrol.csv", MIB),
                new Field(RefusedUpload.Field.COURSE_PACK, "instructor", "instructor/courses", "pack-upload",
                        "course.zip", PackUpload.MAX_UPLOAD_BYTES),
                new Field(RefusedUpload.Field.DATASET, "instructor", editor, "dataset-upload", "posts.csv",
                        DatasetFile.MAX_BYTES),
                new Field(RefusedUpload.Field.EXERCISE_KEY, "instructor", editor, "key-upload", "key.yaml",
                        KeyFile.MAX_BYTES),
                new Field(RefusedUpload.Field.LESSON_PICTURE, "instructor", "instructor/lessons/" + lessonId + "/edit",
                        "image-upload", "map.png", PackImages.maxUploadBytes()),
                new Field(RefusedUpload.Field.INDICATOR_BUNDLE, "instructor", "instructor/courses/"
                        + indicators.get("course_id") + "/exercises/" + indicators.get("slug") + "/edit",
                        "bundle-upload", "intel.json", IndicatorBundleFile.MAX_BYTES),
                new Field(RefusedUpload.Field.ANSWER_KEY_TEXT, "instructor",
                        "instructor/exercises/" + exercise.get("exercise_id") + "/key", "key-upload", "key.yaml", MIB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    @Order(1)
    void anOversizedBodyIsRefusedUnbufferedWithOrWithoutItsLength(Field field) throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = chromium.signIn(context, field.user());
            page.navigate(chromium.url(field.path()));
            assertThat(page.locator("#" + field.uploadId())).hasCount(1);
            URI target = URI.create(chromium.url("")).resolve(page.locator("#" + field.uploadId()).getAttribute("target"));
            String session = sessionCookie(context);
            long body = field.limit() + OVER;

            for (boolean announced : List.of(true, false)) {
                long refusedBefore = refusals(field);
                long usedBefore = heapUsedAfterGc();
                long oldBefore = oldGenerationUsedResettingPeak();

                Integer status = post(target, session, field.fileName(), body, announced);

                long oldPeak = oldGenerationPeak() - oldBefore;
                long grown = heapUsedAfterGc() - usedBefore;
                // null: the server closed the connection before the body was sent, which refuses it too
                // (AssertJ's isNotEqualTo would fail on the null itself)
                assertThat(status == null || status != 200).as("answered %s, not 422 nor cut off", status).isTrue();
                assertThat(refusals(field)).as("the refusal is in the audit log").isEqualTo(refusedBefore + 1);
                assertThat(grown).as("heap kept after the upload").isLessThan(body / 4);
                // with no announced length, the limit plus one byte is read before the refusal, and held
                // twice for a moment while its blocks are joined: never the body
                assertThat(oldPeak).as("large buffers held during the upload")
                        .isLessThan((announced ? 0 : 2 * field.limit()) + body / 4);
            }
        }
    }

    @Test
    @Order(2)
    void aFileWithinItsLimitIsStillTakenThroughTheSameEndpoint() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = chromium.signIn(context, "admin");
            page.navigate(chromium.url("admin/accounts"));
            URI target = URI.create(chromium.url("")).resolve(page.locator("#import-learners").getAttribute("target"));
            byte[] csv = "username,display_name,password\nbounds-e2e,Bounds Analyst,long-enough-pw\n"
                    .getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request(target, sessionCookie(context), "analysts.csv")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from account where username = 'bounds-e2e'", Long.class))
                    .isEqualTo(1);
        }
    }

    /** The status the server answered, or null when it closed the connection before the body was sent. */
    private static Integer post(URI target, String session, String fileName, long length, boolean announced)
            throws InterruptedException {
        HttpRequest.BodyPublisher generated = HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(length));
        HttpRequest.BodyPublisher body = announced ? HttpRequest.BodyPublishers.fromPublisher(generated, length) : generated;
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request(target, session, fileName).POST(body).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException cutOff) {
            return null;
        }
    }

    /** A request as vaadin-upload sends one: the file as the raw body, its name in a header. */
    private static HttpRequest.Builder request(URI target, String session, String fileName) {
        return HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(2))
                .header("Cookie", "JSESSIONID=" + session)
                .header("X-Filename", fileName)
                .header("Content-Type", "application/octet-stream");
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElseThrow();
    }

    private long refusals(Field field) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'UPLOAD_REFUSED' and actor = ? "
                + "and detail like ?", Long.class, field.user(), field.field().name() + " '" + field.fileName() + "' TOO_LARGE%");
    }

    private static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Large buffers land in the old generation (G1's humongous regions, or tenured space). */
    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured")).toList();
    }

    private static long oldGenerationUsedResettingPeak() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : oldGeneration()) {
            used += pool.getUsage().getUsed();
            pool.resetPeakUsage();
        }
        return used;
    }

    private static long oldGenerationPeak() {
        return oldGeneration().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** A body of any length made as it is read: a CSV-like text, never held whole by the sender. */
    private static final class Generated extends InputStream {

        private static final byte[] LINE = "bounds-attacker,Someone,long-enough-password\n".getBytes(StandardCharsets.US_ASCII);
        private long left;
        private int at;

        Generated(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            byte b = LINE[at];
            at = (at + 1) % LINE.length;
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                into[offset + i] = LINE[at];
                at = (at + 1) % LINE.length;
            }
            left -= n;
            return n;
        }
    }
}
