package org.tnracademy.core.grading;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same path on a real PostgreSQL server: migrations, constraints and the attempt limit. */
@SpringBootTest(classes = CoreTestApplication.class)
class SubmissionPathOnPostgresTest extends SubmissionPathContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "submission_path");
    }
}
