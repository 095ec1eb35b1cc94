package org.tnracademy.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.PostgresTestDatabase;
import org.tnracademy.core.support.SignedIn;

/**
 * Two nodes on one PostgreSQL database, each with its own sender, emptying the same outbox at the
 * same moment in small batches: the lease's SQL holds on PostgreSQL as on H2, and the store
 * receives every statement exactly once.
 */
class XapiTwoNodesOnPostgresTest {

    @Test
    void twoNodesSendingTogetherPostEachStatementOnce() throws Exception {
        EmbeddedPostgres pg = PostgresTestDatabase.server();
        String database = "xapi_two_nodes";
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        String url = pg.getJdbcUrl("postgres", database);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try (FakeLrs lrs = new FakeLrs()) {
            for (int node = 0; node < 2; node++) {
                nodes.add(new SpringApplicationBuilder(CoreTestApplication.class).run(
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--spring.main.banner-mode=off",
                        "--academy.xapi.endpoint=" + lrs.endpoint(), "--academy.xapi.username=" + FakeLrs.USER,
                        "--academy.xapi.password=" + FakeLrs.PASSWORD,
                        "--academy.xapi.academy-url=https://academy.example",
                        "--academy.xapi.actor-secret=xapi-tests-pseudonym-secret",
                        "--academy.xapi.send-interval=0s", "--academy.xapi.batch-size=3"));
            }
            ConfigurableApplicationContext first = nodes.getFirst();
            AccountProvisioning provisioning = first.getBean(AccountProvisioning.class);
            ProgressService progress = first.getBean(ProgressService.class);
            CatalogService catalog = first.getBean(CatalogService.class);
            for (int i = 0; i < 8; i++) {
                String name = "pg-xapi-" + UUID.randomUUID().toString().substring(0, 8);
                provisioning.ensure(name, "Synthetic Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
                SignedIn.as(name, Role.LEARNER);
                long lesson = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst()
                        .orElseThrow().steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.LESSON)
                        .findFirst().orElseThrow().id();
                progress.markLessonRead(lesson);
            }
            SignedIn.nobody();
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isEqualTo(16);

            Instant now = Instant.now().plusSeconds(1);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> sending = nodes.stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> drain(n.getBean(StatementSender.class), jdbc, now, go)))
                    .toList();
            go.countDown();
            int sent = 0;
            for (CompletableFuture<Integer> f : sending) {
                sent += f.get(120, TimeUnit.SECONDS);
            }

            assertThat(sent).isEqualTo(16);
            assertThat(lrs.arrivals).hasSize(16);
            assertThat(lrs.arrivals.values()).allSatisfy(n -> assertThat(n.get()).as("posted once").isEqualTo(1));
            assertThat(lrs.problems).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from xapi_statement where status = 'SENT'", Integer.class))
                    .isEqualTo(16);
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static int drain(StatementSender sender, JdbcTemplate jdbc, Instant now, CountDownLatch go) {
        try {
            go.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int sent = 0;
        for (int pass = 0; pass < 100
                && jdbc.queryForObject("select count(*) from xapi_statement where status = 'PENDING'", Integer.class) > 0;
             pass++) {
            sent += sender.sendDue(now).sent();
        }
        return sent;
    }
}
