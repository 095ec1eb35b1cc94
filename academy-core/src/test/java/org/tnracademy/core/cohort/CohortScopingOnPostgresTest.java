package org.tnracademy.core.cohort;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same on a real PostgreSQL server: its SQL for the scoped lists, the row lock, the constraints. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortScopingOnPostgresTest extends CohortScopingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "cohort_scoping");
    }
}
