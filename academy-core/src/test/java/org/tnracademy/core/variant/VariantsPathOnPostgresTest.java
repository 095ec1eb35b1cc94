package org.tnracademy.core.variant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** Per-learner variants on a real PostgreSQL server: V37, the unique variant per learner, the IN query. */
@SpringBootTest(classes = CoreTestApplication.class)
class VariantsPathOnPostgresTest extends VariantsPathContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "variants_path");
    }
}
