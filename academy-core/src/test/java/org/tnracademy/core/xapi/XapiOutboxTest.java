package org.tnracademy.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.SignedIn;
import tools.jackson.databind.JsonNode;

/**
 * xAPI through the outbox, against a record store played by the test ({@link FakeLrs}, which
 * validates every statement it receives): written with the learner's action and rolled back with
 * it, sent when the store is up, kept and tried again after longer waits while it is down (the
 * sender is given the time: no sleeping), parked when refused, never sent twice by two senders,
 * and counted for the administrators. Time is handed to the sender, so nothing waits.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class XapiOutboxTest {

    static final String ACADEMY = "https://academy.example";
    static final FakeLrs LRS = new FakeLrs();

    @DynamicPropertySource
    static void xapi(DynamicPropertyRegistry registry) {
        registry.add("academy.xapi.endpoint", LRS::endpoint);
        registry.add("academy.xapi.username", () -> FakeLrs.USER);
        registry.add("academy.xapi.password", () -> FakeLrs.PASSWORD);
        registry.add("academy.xapi.academy-url", () -> ACADEMY + "/");
        registry.add("academy.xapi.actor-secret", () -> "xapi-tests-pseudonym-secret");
        registry.add("academy.xapi.send-interval", () -> "0s");
        registry.add("academy.xapi.first-backoff", () -> "10s");
        registry.add("academy.xapi.max-backoff", () -> "80s");
        registry.add("academy.xapi.lease", () -> "60s");
        registry.add("academy.xapi.timeout", () -> "10s");
    }

    @AfterAll
    static void stopStore() {
        LRS.close();
    }

    @Autowired
    StatementSender sender;
    @Autowired
    XapiSettings settings;
    @Autowired
    LrsConnection connection;
    @Autowired
    LearningRecords records;
    @Autowired
    ProgressService progress;
    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    long lessonId;
    long exerciseId;

    @BeforeEach
    void emptyStoreAndOutbox() {
        LRS.reset();
        jdbc.sql("delete from xapi_statement").update();
        provisioning.ensure("xapi-admin", "Admin", "long-enough-pw", EnumSet.of(Role.ADMIN));
        SignedIn.as("xapi-admin", Role.ADMIN);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst()
                .orElseThrow();
        lessonId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst()
                .orElseThrow().id();
        exerciseId = course.steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst()
                .orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theStatementIsWrittenWithTheLessonReadAndRolledBackWithIt() {
        String learner = learner();
        tx.executeWithoutResult(status -> {
            progress.markLessonRead(lessonId);
            assertThat(rows()).as("inside the transaction").isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(rows()).as("rolled back with the lesson read").isZero();
        assertThat(progress.isLessonRead(lessonId)).isFalse();

        progress.markLessonRead(lessonId);
        assertThat(verbs()).containsExactlyInAnyOrder("EXPERIENCED", "ATTEMPTED");
        progress.markLessonRead(lessonId);
        assertThat(rows()).as("a lesson read again states nothing new").isEqualTo(2);
        assertThat(learner).isNotBlank();
    }

    @Test
    void aLearnersPathStatesEveryVerbAndTheStoreAcceptsEachStatement() {
        String learner = learner();
        long learnerId = accounts.current().id();
        progress.markLessonRead(lessonId);
        records.exerciseOpened(exerciseId);
        records.exerciseOpened(exerciseId);
        grading.submit(exerciseId, Map.of("labels", Map.of("p1", "doxing", "p2", "harassment", "p3", "benign",
                "p4", "doxing", "p5", "harassment", "p6", "benign")), UUID.randomUUID().toString());
        assertThat(verbs()).as("one launched however often the page opens").containsExactlyInAnyOrder(
                "EXPERIENCED", "ATTEMPTED", "LAUNCHED", "ANSWERED", "SCORED", "COMPLETED", "PASSED");

        StatementSender.Pass pass = sender.sendDue(Instant.now());

        assertThat(pass.sent()).isEqualTo(7);
        assertThat(LRS.problems).as("every statement valid by xAPI 1.0.3").isEmpty();
        assertThat(LRS.stored).extracting(s -> s.path("verb").path("id").asString()).containsExactlyInAnyOrder(
                "http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/attempted",
                "http://adlnet.gov/expapi/verbs/launched", "http://adlnet.gov/expapi/verbs/answered",
                "http://adlnet.gov/expapi/verbs/scored", "http://adlnet.gov/expapi/verbs/completed",
                "http://adlnet.gov/expapi/verbs/passed");
        for (JsonNode s : LRS.stored) {
            JsonNode account = s.path("actor").path("account");
            assertThat(account.path("homePage").asString()).isEqualTo(ACADEMY);
            assertThat(account.path("name").asString()).as("a pseudonym, not the account")
                    .hasSize(32).doesNotContain(learner).isNotEqualTo(String.valueOf(learnerId));
            assertThat(s.toString()).doesNotContain(learner);
            assertThat(s.path("object").path("id").asString()).startsWith(ACADEMY + "/xapi/activities/courses/test-course");
        }
        JsonNode scored = statement("scored");
        assertThat(scored.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
        assertThat(scored.path("object").path("id").asString())
                .isEqualTo(ACADEMY + "/xapi/activities/courses/test-course/exercises/label-six");
        assertThat(scored.path("context").path("contextActivities").path("parent").get(0).path("id").asString())
                .isEqualTo(ACADEMY + "/xapi/activities/courses/test-course");
        assertThat(statement("passed").path("result").path("success").asBoolean()).isTrue();
        assertThat(statement("experienced").path("object").path("definition").path("name").path("fr").asString())
                .isNotBlank();
        assertThat(count("SENT")).isEqualTo(7);
    }

    @Test
    void whileTheStoreIsDownStatementsStayAndAreTriedAgainAfterLongerWaits() {
        learner();
        progress.markLessonRead(lessonId);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);
        LRS.down = true;

        assertThat(sender.sendDue(t0).kept()).isEqualTo(2);
        assertThat(nextTries()).containsOnly(t0.plusSeconds(10));
        assertThat(records().summary().lastError()).startsWith("HTTP 503").contains("down for maintenance");
        int asked = LRS.requests.get();
        assertThat(sender.sendDue(t0.plusSeconds(9)).claimed()).as("not due yet").isZero();
        assertThat(LRS.requests.get()).isEqualTo(asked);

        assertThat(sender.sendDue(t0.plusSeconds(10)).kept()).isEqualTo(2);
        assertThat(nextTries()).as("twice the wait").containsOnly(t0.plusSeconds(30));
        assertThat(sender.sendDue(t0.plusSeconds(29)).claimed()).isZero();

        LRS.down = false;
        assertThat(sender.sendDue(t0.plusSeconds(30)).sent()).isEqualTo(2);
        assertThat(LRS.stored).hasSize(2);
        assertThat(LRS.problems).isEmpty();
        assertThat(count("SENT")).isEqualTo(2);

        assertThat(List.of(sender.backoff(1), sender.backoff(2), sender.backoff(3), sender.backoff(4),
                sender.backoff(5), sender.backoff(40))).as("doubling up to the cap").containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80),
                Duration.ofSeconds(80), Duration.ofSeconds(80));
    }

    @Test
    void aStoreThatDoesNotAnswerLosesNothing() throws Exception {
        learner();
        progress.markLessonRead(lessonId);
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        XapiSettings unreachable = new XapiSettings("http://127.0.0.1:" + closedPort + "/xapi", "u", "p", ACADEMY,
                "xapi-tests-pseudonym-secret", 50, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(80), Duration.ofSeconds(60), Duration.ZERO);
        StatementSender elsewhere = new StatementSender(unreachable, new LrsConnection(unreachable), jdbc);

        assertThat(elsewhere.sendDue(Instant.now().plusSeconds(1)).kept()).isEqualTo(2);
        assertThat(count("PENDING")).isEqualTo(2);
        assertThat(records().summary().lastError()).startsWith("no answer");
    }

    @Test
    void aStatementTheStoreRefusesIsParkedWithTheReasonAndTheOthersGo() {
        learner();
        progress.markLessonRead(lessonId);
        String experienced = jdbc.sql("select statement_id from xapi_statement where verb = 'EXPERIENCED'")
                .query(String.class).single();
        LRS.refused.add(experienced);

        StatementSender.Pass pass = sender.sendDue(Instant.now().plusSeconds(1));

        assertThat(pass.parked()).isEqualTo(1);
        assertThat(pass.sent()).isEqualTo(1);
        assertThat(LRS.stored).extracting(s -> s.path("verb").path("id").asString())
                .containsExactly("http://adlnet.gov/expapi/verbs/attempted");
        assertThat(jdbc.sql("select status, last_error from xapi_statement where statement_id = :id")
                .param("id", experienced).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo("PARKED HTTP 400: statement " + experienced + " refused by the fake store");
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofDays(1))).claimed()).as("parked: not tried again")
                .isZero();
    }

    @Test
    void aSecondSenderTakesNoRowWhileTheFirstHoldsItsLease() throws Exception {
        learner();
        progress.markLessonRead(lessonId);
        Instant now = Instant.now().plusSeconds(1);
        LRS.gate = new CountDownLatch(1);
        LRS.entered = new CountDownLatch(1);
        StatementSender other = new StatementSender(settings, connection, jdbc);

        CompletableFuture<StatementSender.Pass> first = CompletableFuture.supplyAsync(() -> sender.sendDue(now));
        assertThat(LRS.entered.await(30, TimeUnit.SECONDS)).as("the first sender is posting").isTrue();
        assertThat(other.sendDue(now).claimed()).isZero();
        assertThat(other.sendDue(now.plusSeconds(59)).claimed()).as("the lease still holds").isZero();
        LRS.gate.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).sent()).isEqualTo(2);
        assertThat(other.sendDue(now.plusSeconds(120)).claimed()).as("sent rows are never taken again").isZero();
        assertThat(LRS.arrivals.values()).hasSize(2).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @Test
    void twoSendersRacingOverTheOutboxSendEachStatementOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            learner();
            progress.markLessonRead(lessonId);
        }
        XapiSettings small = new XapiSettings(LRS.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD, ACADEMY,
                "xapi-tests-pseudonym-secret", 3, Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(80), Duration.ofSeconds(60), Duration.ZERO);
        StatementSender a = new StatementSender(small, new LrsConnection(small), jdbc);
        StatementSender b = new StatementSender(small, new LrsConnection(small), jdbc);
        Instant now = Instant.now().plusSeconds(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> left = CompletableFuture.supplyAsync(() -> drain(a, now, go));
        CompletableFuture<Integer> right = CompletableFuture.supplyAsync(() -> drain(b, now, go));
        go.countDown();

        assertThat(left.get(60, TimeUnit.SECONDS) + right.get(60, TimeUnit.SECONDS)).isEqualTo(12);
        assertThat(LRS.arrivals).hasSize(12);
        assertThat(LRS.arrivals.values()).allSatisfy(n -> assertThat(n.get()).as("sent once").isEqualTo(1));
        assertThat(count("SENT")).isEqualTo(12);
    }

    @Test
    void theAdministratorsSeeWhatIsPendingAndParkedAndPutParkedStatementsBackInLine() {
        learner();
        progress.markLessonRead(lessonId);
        String refused = jdbc.sql("select statement_id from xapi_statement where verb = 'EXPERIENCED'")
                .query(String.class).single();
        LRS.refused.add(refused);
        Instant t0 = Instant.now().plusSeconds(1);
        sender.sendDue(t0);
        Instant beforeSecond = Instant.now();
        learner();
        progress.markLessonRead(lessonId);
        LRS.down = true;
        sender.sendDue(t0);

        OutboxSummary summary = records().summary();
        assertThat(summary.enabled()).isTrue();
        assertThat(summary.endpoint()).isEqualTo(LRS.endpoint() + "/statements");
        assertThat(List.of(summary.pending(), summary.parked(), summary.sent())).containsExactly(2L, 1L, 1L);
        assertThat(summary.oldestPendingAt()).isAfterOrEqualTo(beforeSecond.truncatedTo(ChronoUnit.MILLIS))
                .isBeforeOrEqualTo(Instant.now());
        assertThat(summary.lastError()).startsWith("HTTP 503");
        assertThat(summary.toString()).doesNotContain(FakeLrs.PASSWORD);
        assertThat(settings.toString()).doesNotContain(FakeLrs.PASSWORD).doesNotContain("xapi-tests-pseudonym-secret");

        assertThat(records.retryParked()).isEqualTo(1);
        OutboxSummary after = records.summary();
        assertThat(List.of(after.pending(), after.parked(), after.sent())).containsExactly(3L, 0L, 1L);
    }

    /** Passes of one sender until the outbox has nothing pending; the statements it sent. */
    private int drain(StatementSender sender, Instant now, CountDownLatch go) {
        try {
            go.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int sent = 0;
        for (int pass = 0; pass < 50 && count("PENDING") > 0; pass++) {
            sent += sender.sendDue(now).sent();
        }
        return sent;
    }

    /** A new learner, signed in. */
    private String learner() {
        String name = "xapi-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Synthetic Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(name, Role.LEARNER);
        return name;
    }

    /** The records service as an administrator (the learner signed in again after). */
    private LearningRecords records() {
        SignedIn.as("xapi-admin", Role.ADMIN);
        return records;
    }

    private int rows() {
        return jdbc.sql("select count(*) from xapi_statement").query(Integer.class).single();
    }

    private long count(String status) {
        return jdbc.sql("select count(*) from xapi_statement where status = :s").param("s", status)
                .query(Long.class).single();
    }

    private List<String> verbs() {
        return jdbc.sql("select verb from xapi_statement order by id").query(String.class).list();
    }

    private List<Instant> nextTries() {
        return jdbc.sql("select next_try_at from xapi_statement")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    private JsonNode statement(String verb) {
        return LRS.stored.stream().filter(s -> s.path("verb").path("id").asString().endsWith("/" + verb)).findFirst()
                .orElseThrow();
    }
}
