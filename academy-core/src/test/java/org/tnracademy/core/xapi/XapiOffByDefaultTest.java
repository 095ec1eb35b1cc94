package org.tnracademy.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.progress.ProgressService;
import org.tnracademy.core.support.SignedIn;

/** Without a configured record store, learners' actions write no statement and nothing is sent. */
@SpringBootTest(classes = CoreTestApplication.class)
class XapiOffByDefaultTest {

    @Autowired
    ProgressService progress;
    @Autowired
    LearningRecords records;
    @Autowired
    StatementSender sender;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void noStatementIsWrittenWhileNoStoreIsConfigured() {
        String name = "xapi-off-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Synthetic Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(name, Role.LEARNER);
        CourseOutline course = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst()
                .orElseThrow();
        course.steps().forEach(s -> {
            if (s.kind() == CourseOutline.StepKind.LESSON) {
                progress.markLessonRead(s.id());
            } else {
                records.exerciseOpened(s.id());
            }
        });

        assertThat(jdbc.sql("select count(*) from xapi_statement").query(Long.class).single()).isZero();
        assertThat(sender.sendDue(java.time.Instant.now()).claimed()).isZero();
        SignedIn.as("admin", Role.ADMIN);
        OutboxSummary summary = records.summary();
        assertThat(summary.enabled()).isFalse();
        assertThat(summary.endpoint()).isEmpty();
    }
}
