package org.tnracademy.ui.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tnracademy.ui.browser.HeadlessChromium;

/**
 * Two academy nodes (the repackaged jar, each in its own JVM) on one PostgreSQL behind HAProxy with
 * sticky sessions, driven by learners in headless Chromium: the nodes start together on an empty
 * database and do their start-up work once; content published on one node is what the other
 * serves; one node is killed with SIGKILL while learners on both submit, and every stored
 * submission is there once, while its learners sign in again and carry on on the other node; the
 * "due soon" notice their pages make on either node is made once.
 * Results of answers over a dataset reach the page by server push, so they also show that Vaadin's
 * WebSocket push works through HAProxy.
 * <p>
 * Runs with the Maven profile {@code cluster} (Failsafe, after {@code package}); needs HAProxy
 * (Debian package {@code haproxy}) and the browser profile's Chromium. Ports are free ones unless
 * {@code -Dacademy.cluster.base-port=N} names N (HAProxy), N+1.. (nodes), N+9 (HAProxy's statistics).
 */
@EnabledIfSystemProperty(named = "academy.cluster-tests", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBehindHaproxyClusterIT {

    private static final Duration START = Duration.ofMinutes(5);
    private static final int LEARNERS_PER_NODE = 3;
    private static final String EXERCISE = "label-posts-basics";
    private static final String LESSON = "what-is-digital-tnr";
    private static final Pattern AUTHOR = Pattern.compile("^@[a-z0-9_]+_syn$");

    private EmbeddedPostgres postgres;
    private JdbcClient db;
    private AcademyNode node1;
    private AcademyNode node2;
    private Haproxy haproxy;
    private HeadlessChromium chromium;

    @BeforeAll
    void startCluster() throws IOException {
        Path jar = Path.of(System.getProperty("academy.cluster.jar", "target/academy-ui.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("No application jar at " + jar + ": run the cluster profile with mvn verify");
        }
        Path work = Files.createDirectories(Path.of(System.getProperty("academy.cluster.work", "target/cluster")));
        int base = Integer.getInteger("academy.cluster.base-port", 0);
        int proxyPort = base > 0 ? base : freePort();
        int statsPort = base > 0 ? base + 9 : freePort();

        postgres = EmbeddedPostgres.builder().start();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database academy");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        db = JdbcClient.create(postgres.getDatabase("postgres", "academy"));
        String url = postgres.getJdbcUrl("postgres", "academy");

        // both at the same moment on the empty database: migrations, demo accounts, starter content
        // and demo cohort are all raced for
        node1 = AcademyNode.start("node1", base > 0 ? base + 1 : freePort(), jar, work, url);
        node2 = AcademyNode.start("node2", base > 0 ? base + 2 : freePort(), jar, work, url);
        node1.awaitReady(START);
        node2.awaitReady(START);

        haproxy = Haproxy.start(work, proxyPort, statsPort, List.of(node1, node2));
        haproxy.awaitServer("node1", "UP", Duration.ofSeconds(30));
        haproxy.awaitServer("node2", "UP", Duration.ofSeconds(30));

        chromium = HeadlessChromium.launch(proxyPort);
        // a machine shared by two nodes, a browser and the build answers slowly: wait on conditions, generously
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    void stopCluster() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (haproxy != null) {
            haproxy.close();
        }
        for (AcademyNode node : new AcademyNode[] {node1, node2}) {
            if (node != null) {
                node.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherOnOneDatabaseMigrateAndSeedOnce() {
        assertThat(node1.alive() && node2.alive()).isTrue();
        assertThat(db.sql("select count(*) from flyway_schema_history where success = false").query(Long.class)
                .single()).isZero();
        assertThat(db.sql("select count(*) - count(distinct version) from flyway_schema_history where version is not null")
                .query(Long.class).single()).isZero();
        for (String demo : List.of("analyst", "instructor", "manager", "admin")) {
            assertThat(count("select count(*) from account where username = ?", demo)).as(demo).isEqualTo(1);
            assertThat(count("select count(*) from audit_entry where action = 'ACCOUNT_CREATED' and detail like ?",
                    demo + " %")).as("creation of " + demo).isEqualTo(1);
        }
        assertThat(count("select count(*) from course where slug = ?", "tnr-foundations")).isEqualTo(1);
        assertThat(count("select count(*) from content_pack where pack_id = ?", "tnr-foundations")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'CONTENT_IMPORTED' and detail like ?",
                "tnr-foundations %")).isEqualTo(1);
        assertThat(db.sql("select count(*) - count(distinct slug) from exercise where retired = false")
                .query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) - count(distinct slug) from lesson where retired = false")
                .query(Long.class).single()).isZero();
        assertThat(count("select count(*) from cohort where name = ?", "Demo cohort")).isEqualTo(1);
        assertThat(db.sql("select count(*) from cohort_member m join cohort c on c.id = m.cohort_id"
                + " where c.name = 'Demo cohort'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void contentPublishedOnOneNodeIsServedByTheOther() {
        createLearners(List.of("reader-on-node2"));
        long lessonId = db.sql("select id from lesson where slug = ? and retired = false").param(LESSON)
                .query(Long.class).single();
        String newTitle = "What is digital TNR? Published on node1 at " + Instant.now().getEpochSecond();

        try (BrowserContext reader = pinnedContext("node2"); BrowserContext instructor = pinnedContext("node1")) {
            Page learnerPage = chromium.signIn(reader, "reader-on-node2");
            learnerPage.navigate(chromium.url("lessons/" + lessonId));
            assertThat(learnerPage.locator("#lesson-body")).isVisible();
            assertThat(learnerPage.locator("h2", new Page.LocatorOptions().setHasText(newTitle))).hasCount(0);

            Page studio = chromium.signIn(instructor, "instructor");
            studio.navigate(chromium.url("instructor/lessons/" + lessonId + "/edit"));
            studio.locator("#lesson-title input").fill(newTitle);
            studio.locator("#lesson-title input").blur();
            studio.locator("#save-draft").click();
            assertThat(studio.getByText(Pattern.compile("Draft saved"))).isVisible();
            studio.locator("#publish-course").click();
            studio.getByLabel("Publish the course?")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish course")).click();
            assertThat(studio.getByText(Pattern.compile("published with"))).isVisible();

            learnerPage.reload();
            assertThat(learnerPage.locator("h2", new Page.LocatorOptions().setHasText(newTitle))).isVisible();
            assertThat(nodeOf(instructor)).isEqualTo("node1");
            assertThat(nodeOf(reader)).isEqualTo("node2");
        }
    }

    @Test
    @Order(3)
    void learnersOnBothNodesKeepEveryStoredSubmissionWhenOneNodeIsKilledAndCarryOnOnTheOther() {
        Map<String, String> nodeByLearner = new LinkedHashMap<>();
        for (String node : List.of("node1", "node2")) {
            for (int i = 1; i <= LEARNERS_PER_NODE; i++) {
                nodeByLearner.put("learner-" + node + "-" + i, node);
            }
        }
        createLearners(List.copyOf(nodeByLearner.keySet()));
        // their cohort's course is due in three days: the bell of every page, on either node, makes
        // the "due soon" notice if it is not there yet
        long cohort = db.sql("select id from cohort where name = 'Demo cohort'").query(Long.class).single();
        db.sql("update cohort set ends_on = ? where id = ?").params(LocalDate.now(ZoneOffset.UTC).plusDays(3), cohort)
                .update();
        for (String learner : nodeByLearner.keySet()) {
            db.sql("insert into cohort_member (id, cohort_id, learner_id, enrolled_at)"
                            + " select 1000000 + id, ?, id, current_timestamp from account where username = ?")
                    .params(cohort, learner).update();
        }
        long exerciseId = db.sql("select id from exercise where slug = ? and retired = false").param(EXERCISE)
                .query(Long.class).single();

        List<Learner> learners = new ArrayList<>();
        try {
            for (var e : nodeByLearner.entrySet()) {
                BrowserContext context = pinnedContext(e.getValue());
                Page page = chromium.signIn(context, e.getKey());
                page.navigate(chromium.url("exercises/" + exerciseId));
                assertThat(page.locator("#dataset-grid")).isVisible();
                learners.add(new Learner(e.getKey(), e.getValue(), context, page));
            }
            for (Learner l : learners) {
                assertThat(nodeOf(l.context)).as(l.name).isEqualTo(l.node);
            }
            // each node holds the pages of its own learners
            assertThat(node1.gauge("academy_vaadin_uis")).isGreaterThanOrEqualTo(LEARNERS_PER_NODE);
            assertThat(node2.gauge("academy_vaadin_uis")).isGreaterThanOrEqualTo(LEARNERS_PER_NODE);

            // first round: every learner submits, every result arrives (pushed over the WebSocket)
            learners.forEach(l -> l.submit(1));
            learners.forEach(l -> l.awaitAttempts(1));

            // second round, a burst: every answer ready, node2's learners submit, then node1's, and
            // node1 is killed at once, its gradings under way or queued
            List<Learner> onNode1 = learners.stream().filter(l -> l.node.equals("node1")).toList();
            List<Learner> onNode2 = learners.stream().filter(l -> l.node.equals("node2")).toList();
            learners.forEach(l -> l.label(2));
            onNode2.forEach(Learner::send);
            onNode1.forEach(Learner::send);
            node1.kill();
            onNode2.forEach(l -> l.awaitAttempts(2));
            haproxy.awaitServer("node1", "DOWN", Duration.ofSeconds(30));

            // what the browsers saw stored is stored, once; nothing they did not send is
            for (Learner l : learners) {
                List<Integer> numbers = attemptNumbers(l.name, exerciseId);
                System.out.printf("%s on %s: %d sent, %d seen stored, %d stored%n", l.name, l.node, l.sent, l.seen,
                        numbers.size());
                assertThat(numbers).as(l.name).doesNotHaveDuplicates();
                assertThat(numbers.size()).as(l.name + "'s attempts").isBetween(l.seen, l.sent);
                assertThat(numbers).as(l.name).isEqualTo(IntStream.rangeClosed(1, numbers.size())
                        .boxed().toList());
            }
            assertThat(db.sql("select count(*) from attempt where score is null or result is null").query(Long.class)
                    .single()).isZero();

            // node1's learners sign in again, land on node2, find their stored attempts and carry on
            for (Learner l : onNode1) {
                l.page.close();
                l.page = chromium.signIn(l.context, l.name);
                assertThat(nodeOf(l.context)).as(l.name + " after node1 died").isEqualTo("node2");
                l.page.navigate(chromium.url("exercises/" + exerciseId));
                int stored = attemptNumbers(l.name, exerciseId).size();
                l.seen = stored;
                l.sent = stored;
                l.awaitAttempts(stored);
                l.submit(3);
                l.awaitAttempts(stored + 1);
            }
            // node2's learners never noticed
            onNode2.forEach(l -> l.submit(3));
            onNode2.forEach(l -> l.awaitAttempts(3));

            for (Learner l : learners) {
                assertThat(attemptNumbers(l.name, exerciseId)).as(l.name).hasSize(l.seen).doesNotHaveDuplicates();
            }
            assertThat(count("select count(distinct submission_token) from attempt where exercise_id = ?", exerciseId))
                    .isEqualTo(count("select count(*) from attempt where exercise_id = ?", exerciseId));
            // made on whichever node looked first, once
            for (Learner l : learners) {
                assertThat(count("select count(*) from notification n join account a on a.id = n.account_id"
                        + " where a.username = ? and n.kind = 'DUE_SOON'", l.name)).as(l.name).isEqualTo(1);
            }
        } finally {
            learners.forEach(l -> l.context.close());
        }
    }

    /** A learner's browser, pinned to a node by HAProxy's cookie, and what it sent and saw stored. */
    private final class Learner {
        final String name;
        final String node;
        final BrowserContext context;
        Page page;
        /** submissions sent, and those whose result the page showed (so stored) */
        int sent;
        int seen;

        Learner(String name, String node, BrowserContext context, Page page) {
            this.name = name;
            this.node = node;
            this.context = context;
            this.page = page;
        }

        /**
         * Labels the post of the row given, not labelled yet, and submits (the rest stay unlabelled,
         * which the page asks about): the answer goes to the grading line of the learner's node.
         */
        void submit(int row) {
            label(row);
            send();
        }

        void label(int row) {
            Locator grid = page.locator("#dataset-grid");
            assertThat(grid).isVisible();
            Locator labelled = page.locator("#labelled-count");
            assertThat(labelled).containsText(" of ");
            String before = labelled.textContent();
            grid.getByText(AUTHOR).nth(row - 1).click();
            page.keyboard().press("1");
            assertThat(labelled).not().hasText(before);
        }

        void send() {
            page.locator("#submit-answer").click();
            page.getByLabel("Submit with unlabelled items?")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit answer")).click();
            sent++;
        }

        void awaitAttempts(int used) {
            assertThat(page.locator("#attempts-info")).hasText("Attempts used: " + used + " of 3");
            seen = used;
        }
    }

    /** A fresh browser that HAProxy sends to the node named (its sticky cookie already set). */
    private BrowserContext pinnedContext(String node) {
        BrowserContext context = chromium.newContext("en-GB");
        context.setDefaultTimeout(60_000);
        context.addCookies(List.of(new Cookie(Haproxy.STICKY_COOKIE, node).setDomain("localhost").setPath("/")));
        return context;
    }

    /** The node HAProxy's cookie in this browser names now. */
    private static String nodeOf(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals(Haproxy.STICKY_COOKIE)).map(c -> c.value)
                .findFirst().orElse("");
    }

    /** Learner accounts whose password is their name, written straight into the shared database. */
    private void createLearners(List<String> names) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        Timestamp now = Timestamp.from(Instant.now());
        for (String name : names) {
            // ids far above those the nodes take from the sequence (in blocks of 50)
            long id = 1_000_000 + count("select count(*) from account where id >= 1000000");
            db.sql("insert into account (id, username, display_name, password_hash, enabled, created_at, version)"
                            + " values (?, ?, ?, ?, true, ?, 0)")
                    .params(id, name, "Learner " + name, "{bcrypt}" + bcrypt.encode(name), now).update();
            db.sql("insert into account_role (account_id, role) values (?, 'LEARNER')").params(id).update();
        }
    }

    private List<Integer> attemptNumbers(String learner, long exerciseId) {
        return db.sql("select a.attempt_number from attempt a join account u on u.id = a.learner_id"
                        + " where u.username = ? and a.exercise_id = ? order by a.attempt_number")
                .params(learner, exerciseId).query(Integer.class).list();
    }

    private long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
