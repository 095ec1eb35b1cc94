package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MigrationsHealthIndicatorTest {

    private final JdbcDataSource database = new JdbcDataSource();

    MigrationsHealthIndicatorTest() {
        database.setURL("jdbc:h2:mem:migrations-health-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
    }

    @Test
    void aDatabaseMigratedByThisBuildIsReady() {
        Flyway build = flyway("classpath:db/migration");
        build.migrate();

        Health health = new MigrationsHealthIndicator(build).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("pending", 0);
    }

    @Test
    void aDatabaseOlderThanTheBuildIsNotReady() {
        flyway("classpath:db/migration").migrate();
        // a later build: one more migration than the database has
        Flyway later = flyway("classpath:db/migration", "classpath:db/pending-for-tests");

        Health health = new MigrationsHealthIndicator(later).health(true);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("pending", 1);
    }

    @Test
    void aNodeNotReadyAsksAgainAndOnceReadyStopsReadingTheHistory() {
        flyway("classpath:db/migration").migrate();
        Flyway later = Mockito.spy(flyway("classpath:db/migration", "classpath:db/pending-for-tests"));
        MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(later);
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);

        later.migrate();
        assertThat(indicator.health(true).getStatus()).as("asked again while not ready").isEqualTo(Status.UP);
        assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health(true).getDetails()).containsEntry("pending", 0);
        Mockito.verify(later, Mockito.times(2)).info();
    }

    private Flyway flyway(String... locations) {
        return Flyway.configure().dataSource(database).locations(locations).load();
    }
}
