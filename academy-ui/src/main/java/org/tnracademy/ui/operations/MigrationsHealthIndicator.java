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
 * <p>
 * Reading Flyway's history costs a query and a scan of the migration files, and probes come every
 * few seconds: once every migration of this build is applied that stays true for this process (a
 * build's migrations are never unapplied), so later probes answer without asking again.
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Flyway flyway;
    private volatile boolean allApplied;

    MigrationsHealthIndicator(Flyway flyway) {
        super("Database migrations could not be read");
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (allApplied) {
            builder.up().withDetail("pending", 0);
            return;
        }
        int pending = flyway.info().pending().length;
        allApplied = pending == 0;
        (pending == 0 ? builder.up() : builder.down()).withDetail("pending", pending);
    }
}
