package org.tnracademy.ui.operations;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Ready only when the database schema is the one this build expects: no migration of this build is
 * still pending. A node started against a database another node is still migrating, or restored
 * from an older backup without migrating, takes no traffic (readiness group, see
 * application.properties).
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Flyway flyway;

    MigrationsHealthIndicator(Flyway flyway) {
        super("Database migrations could not be read");
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int pending = flyway.info().pending().length;
        (pending == 0 ? builder.up() : builder.down()).withDetail("pending", pending);
    }
}
