package org.tnracademy.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/**
 * The bell's count, which may write a "due soon" notice on the way, holds one database connection
 * at a time: the read ends before the notice's own transaction begins. It used to write inside the
 * count's transaction, a second connection per learner with a course due. Here the test holds one
 * of the pool's two connections, and the pool gives up after two seconds.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=2000"})
class DueSoonNoticeOnOneConnectionTest {

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

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theUnreadCountWritesADueSoonNoticeWithOneConnection() throws Exception {
        CohortFixture f = new CohortFixture(cohorts, catalog, grading, provisioning);
        String learner = f.learner("One Connection Synthetic");
        f.alsoInCohortEndingIn(learner, 3);
        SignedIn.as(learner, Role.LEARNER);

        long unread;
        try (Connection heldElsewhere = dataSource.getConnection()) {
            unread = notifications.unreadCount();
        }

        assertThat(notifications.mine(0, 50)).hasSize((int) unread)
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.DUE_SOON));
    }
}
