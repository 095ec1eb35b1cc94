package org.tnracademy.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tnracademy.core.CoreTestApplication;

/**
 * The PostgreSQL procedure of docs/operations.md, "Backup and restore": pg_dump in custom format
 * while the academy runs (a consistent snapshot; nothing stops), the database dropped and created
 * empty, pg_restore into it. Every row of every table is back and the schema is the one this
 * build expects. Needs Debian's PostgreSQL tools, which a fresh machine lacks: on with {@code -Ppg-tools}.
 */
@EnabledIfSystemProperty(named = "academy.pg-tools-tests", matches = "true")
class BackupAndRestoreOnPostgresTest {

    @TempDir
    Path work;

    @Test
    void aDumpTakenWhileTheAcademyRunsRestoresEveryRowIntoAnEmptyDatabase() throws Exception {
        try (DebianPostgres server = DebianPostgres.start(work)) {
            server.client("createdb", "academy");
            String url = server.url("academy");
            Path dump = server.file("academy.dump");
            DatabaseContents before;
            try (ConfigurableApplicationContext academy = new SpringApplicationBuilder(CoreTestApplication.class)
                    .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
                AcademyActivity.happen(academy);
                before = contents(url);
                server.client("pg_dump", "--format=custom", "--file=" + dump, "academy");
            }
            assertThat(DatabaseContents.IMPORTANT).allSatisfy(t -> assertThat(before.count(t)).as(t).isPositive());

            server.client("dropdb", "academy");
            server.client("createdb", "academy");
            assertThat(contents(url).rowsByTable()).isEmpty();
            server.client("pg_restore", "--no-owner", "--exit-on-error", "--dbname=academy", dump.toString());

            DatabaseContents after = contents(url);
            assertThat(after.rowsByTable().keySet()).isEqualTo(before.rowsByTable().keySet());
            for (String table : before.rowsByTable().keySet()) {
                assertThat(after.rowsByTable().get(table)).as(table).isEqualTo(before.rowsByTable().get(table));
            }
            var flyway = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load();
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
        }
    }

    private static DatabaseContents contents(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            return DatabaseContents.of(c, "public");
        }
    }
}
