package org.tnracademy.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tnracademy.core.CoreTestApplication;

/**
 * The H2 procedure of docs/operations.md, "Backup and restore", step by step: the academy runs on
 * its data folder and is used, then stopped; H2's Script tool writes the backup; the data folder
 * is wiped; RunScript restores it into an empty one. Every row of every table is back, and the
 * schema is the one this build expects (no migration pending, none changed).
 */
class BackupAndRestoreOnH2Test {

    @TempDir
    Path work;

    @Test
    void aBackupTakenWithTheAcademyStoppedRestoresEveryRowIntoAnEmptyDataFolder() throws Exception {
        Path data = work.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("academy") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (ConfigurableApplicationContext academy = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url, "--spring.datasource.username=sa",
                        "--spring.datasource.password=")) {
            AcademyActivity.happen(academy);
        }
        DatabaseContents before = contents(url);
        assertThat(DatabaseContents.IMPORTANT).allSatisfy(t -> assertThat(before.count(t)).as(t).isPositive());

        Path backup = work.resolve("academy-backup.zip");
        Script.main("-url", url, "-user", "sa", "-password", "", "-script", backup.toString(), "-options", "compression", "zip");
        assertThat(backup).isNotEmptyFile();

        wipe(data);
        assertThat(data).doesNotExist();
        RunScript.main("-url", url, "-user", "sa", "-password", "", "-script", backup.toString(), "-options", "compression", "zip");

        DatabaseContents after = contents(url);
        assertThat(after.rowsByTable().keySet()).isEqualTo(before.rowsByTable().keySet());
        for (String table : before.rowsByTable().keySet()) {
            assertThat(after.rowsByTable().get(table)).as(table).isEqualTo(before.rowsByTable().get(table));
        }
        var flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        flyway.validate();
        assertThat(flyway.info().pending()).isEmpty();
    }

    private static DatabaseContents contents(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return DatabaseContents.of(c, "PUBLIC");
        }
    }

    private static void wipe(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
