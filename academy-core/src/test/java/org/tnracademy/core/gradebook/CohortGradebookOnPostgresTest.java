package org.tnracademy.core.gradebook;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same query on a real PostgreSQL server: its SQL, nulls ordering and LIKE escapes. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortGradebookOnPostgresTest extends CohortGradebookContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "cohort_gradebook");
    }
}
