package org.tnracademy.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading an academy that has cohorts: every existing cohort is managed by every account that
 * holds the cohort manager role, so no manager loses access; other accounts manage none.
 */
class CohortManagersBackfillTest {

    @Test
    void everyExistingCohortGetsEveryCohortManagerAccount() {
        var db = new DriverManagerDataSource("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("13").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        account(jdbc, 1, "gov-a", "COHORT_MANAGER");
        account(jdbc, 2, "gov-b", "COHORT_MANAGER");
        account(jdbc, 3, "teacher", "INSTRUCTOR");
        account(jdbc, 4, "boss", "ADMIN");
        for (int id = 1; id <= 2; id++) {
            jdbc.sql("""
                    insert into cohort (id, name, starts_on, ends_on, created_at, version)
                    values (?, ?, date '2026-01-05', date '2026-03-27', current_timestamp, 0)""")
                    .params(id, "Cohort " + id).update();
        }

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("select cohort_id || ':' || username from cohort_manager order by cohort_id, username")
                .query(String.class).list()).containsExactly("1:gov-a", "1:gov-b", "2:gov-a", "2:gov-b");
    }

    private static void account(JdbcClient jdbc, long id, String username, String role) {
        jdbc.sql("""
                insert into account (id, username, display_name, password_hash, enabled, created_at, version)
                values (?, ?, ?, 'x', true, current_timestamp, 0)""").params(id, username, username).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role).update();
    }
}
