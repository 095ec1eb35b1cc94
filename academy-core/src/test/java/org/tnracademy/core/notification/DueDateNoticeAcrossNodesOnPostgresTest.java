package org.tnracademy.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.PostgresTestDatabase;
import org.tnracademy.core.support.SignedIn;

/**
 * A "due soon" notification is made when the learner looks, on whichever node serves them: when
 * another node (or tab) makes the same one at the same moment, one is kept and the learner's page
 * gets its count, not an error.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class DueDateNoticeAcrossNodesOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "due_date_notice");
    }

    @Autowired
    NotificationService notifications;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void end() {
        SignedIn.nobody();
        otherThread.shutdownNow();
    }

    @Test
    void aDueDateNoticeMadeAtTheSameMomentByAnotherNodeIsKeptOnceAndTheLearnerGetsTheirCount() throws Exception {
        CohortFixture f = new CohortFixture(cohorts, catalog, grading, provisioning);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        String learner = f.learner("Due Synthetic");
        long soon = f.alsoInCohortEndingIn(learner, 3);
        SignedIn.nobody();
        long learnerId = f.idOf(learner);

        try (Connection otherNode = dataSource.getConnection()) {
            // another node has made the same notice in a transaction not committed yet
            otherNode.setAutoCommit(false);
            try (var insert = otherNode.prepareStatement("""
                    insert into notification (id, account_id, kind, dedupe_key, title, target_kind, target_id,
                                              due_on, created_at)
                    select 900000000, ?, 'DUE_SOON', ?, title, 'course', id, ?, ? from course where id = ?""")) {
                insert.setLong(1, learnerId);
                insert.setString(2, "due:" + soon + ":" + f.courseId + ":" + due);
                insert.setObject(3, due);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setLong(5, f.courseId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            Future<Long> looking = otherThread.submit(() -> {
                SignedIn.as(learner, Role.LEARNER);
                try {
                    return notifications.unreadCount();
                } finally {
                    SignedIn.nobody();
                }
            });
            awaitWaitingOnALock(looking);
            otherNode.commit();
            long unread = looking.get(60, TimeUnit.SECONDS);
            assertThat(unread).isEqualTo(jdbc.sql("select count(*) from notification where account_id = ?"
                    + " and read_at is null").param(learnerId).query(Long.class).single());
        }
        assertThat(jdbc.sql("select count(*) from notification where account_id = ? and kind = 'DUE_SOON'")
                .param(learnerId).query(Long.class).single()).isEqualTo(1);
    }

    /** Until the learner's request waits on the other node's uncommitted row (or has ended). */
    private void awaitWaitingOnALock(Future<Long> looking) throws Exception {
        for (int tries = 0; tries < 600; tries++) {
            long waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and datname = current_database()").query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            try {
                looking.get(100, TimeUnit.MILLISECONDS);
                throw new AssertionError("The learner's request ended without meeting the other node's notice");
            } catch (TimeoutException stillRunning) {
                // not waiting yet: look again
            }
        }
        throw new AssertionError("The learner's request never waited on the other node's notice");
    }
}
