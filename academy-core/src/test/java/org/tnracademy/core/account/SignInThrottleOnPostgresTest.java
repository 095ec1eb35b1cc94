package org.tnracademy.core.account;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.support.PostgresTestDatabase;

/**
 * The throttling rules on a real PostgreSQL server: V21's SQL, the row locks that let two nodes
 * count failures of one account and address without losing any, the upsert race of a new counter.
 */
class SignInThrottleOnPostgresTest extends SignInsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "sign_in_throttle");
    }
}
