package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/**
 * Two application nodes starting at the same moment against one PostgreSQL database: migrations
 * run once, and the starter pack is imported exactly once.
 */
class TwoNodesImportOnPostgresTest {

    @Test
    void twoNodesStartingTogetherImportThePackOnce() throws Exception {
        EmbeddedPostgres pg = PostgresTestDatabase.server();
        String database = "two_nodes";
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        String url = pg.getJdbcUrl("postgres", database);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            started.add(nodes.submit(() -> {
                go.await();
                return new SpringApplicationBuilder(CoreTestApplication.class).run(
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres", "--spring.main.banner-mode=off",
                        "--academy.content.load-starter=true");
            }));
        }
        go.countDown();
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> f : started) {
                contexts.add(f.get(120, TimeUnit.SECONDS));
            }
            JdbcTemplate jdbc = contexts.getFirst().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from course where slug = 'test-course'", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from content_pack where pack_id = 'test-course'",
                    Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from exercise where slug = 'label-six'", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from course where slug = 'all-types'", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from answer_key", Integer.class))
                    .isEqualTo(jdbc.queryForObject("select count(*) from exercise", Integer.class));
            // one dataset per item-labelling exercise of the test packs: six posts, three, and the variants pack's twelve
            assertThat(jdbc.queryForObject("select count(*) from dataset", Integer.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from dataset_item", Integer.class)).isEqualTo(21);
        } finally {
            contexts.forEach(ConfigurableApplicationContext::close);
            nodes.shutdownNow();
        }
    }
}
