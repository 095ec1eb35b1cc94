package org.tnracademy.core.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.support.SignedIn;

/**
 * A learner's first visit of a variant exercise draws and stores their variant holding one
 * database connection at a time. Holding the page's read while storing would take two per visit:
 * under load, as many first visits as the pool has connections each held one and waited 30 s for a
 * second (seen at 500 learners). Here the test holds one of the pool's two connections, so the
 * visit has one, and the pool gives up after two seconds.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=2000"})
class VariantDrawOnOneConnectionTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aFirstVisitDrawsAndStoresTheVariantWithOneConnection() throws Exception {
        String learner = "one-connection-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long exercise = catalog.outlines().stream().filter(o -> o.slug().equals("variants")).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .findFirst().orElseThrow().id();

        ExerciseSheet first;
        try (Connection heldElsewhere = dataSource.getConnection()) {
            first = catalog.exerciseToWork(exercise, Locale.ENGLISH).orElseThrow();
        }
        ExerciseSheet again = catalog.exerciseToWork(exercise, Locale.ENGLISH).orElseThrow();

        assertThat(first.variantItems()).isNotEmpty().isEqualTo(again.variantItems());
    }
}
