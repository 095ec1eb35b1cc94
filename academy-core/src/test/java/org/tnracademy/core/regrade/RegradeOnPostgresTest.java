package org.tnracademy.core.regrade;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same regrades on a real PostgreSQL server: migration V6, history and the one transaction of apply. */
@SpringBootTest(classes = CoreTestApplication.class)
class RegradeOnPostgresTest extends RegradeContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "regrade");
    }
}
