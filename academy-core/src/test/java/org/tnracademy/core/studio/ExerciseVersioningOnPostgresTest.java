package org.tnracademy.core.studio;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same exercise versions on a real PostgreSQL server: in-place updates, the carry-over's regrade and its lock. */
@SpringBootTest(classes = CoreTestApplication.class)
class ExerciseVersioningOnPostgresTest extends ExerciseVersioningContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "versioning");
    }
}
