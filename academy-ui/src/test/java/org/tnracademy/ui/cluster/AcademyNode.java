package org.tnracademy.ui.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One academy node: the repackaged application jar in a JVM of its own, on its own port, with its
 * output in a log file beside the test's other files. Started, waited for (readiness), and ended
 * the way an operator's machine ends it: SIGTERM, or SIGKILL when it dies.
 */
final class AcademyNode {

    static final String METRICS_TOKEN = "cluster-test-metrics-token";

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AcademyNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the jar with the {@code postgres} profile on the given database, demo accounts and the
     * starter content on (so two nodes starting together both try to create them).
     */
    static AcademyNode start(String name, int port, Path jar, Path work, String jdbcUrl) {
        try {
            Path dir = Files.createDirectories(work.resolve(name));
            Path log = dir.resolve("node.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // small and quick to start: two of them share two cores with the browser and the build
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres");
            env.put("ACADEMY_DB_URL", jdbcUrl);
            env.put("ACADEMY_DB_USER", "postgres");
            env.put("ACADEMY_DB_PASSWORD", "postgres");
            env.put("ACADEMY_DEMO_ACCOUNTS", "true");
            env.put("ACADEMY_DATA_DIR", dir.resolve("data").toString());
            env.put("ACADEMY_METRICS_TOKEN", METRICS_TOKEN);
            // the nodes share the badge signing key: the same secret opens it on each
            env.put("ACADEMY_BADGES_KEY_SECRET", "cluster-test-badge-key-secret");
            env.put("PORT", String.valueOf(port));
            return new AcademyNode(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start academy node " + name, e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Waits until the node answers ready (migrations done, start-up work done), or fails with its log. */
    void awaitReady(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (ChildProcesses.exitedWithin(process, Duration.ofMillis(500))) {
                throw new AssertionError(name + " stopped while starting (exit " + process.exitValue() + "):\n"
                        + logTail());
            }
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
        }
        throw new AssertionError(name + " was not ready within " + within + ":\n" + logTail());
    }

    /** The HTTP status of a GET on this node directly (not through HAProxy), or -1 when nothing answers. */
    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A gauge of this node's Prometheus page, e.g. {@code academy_vaadin_uis}. */
    double gauge(String meter) {
        try {
            String page = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                    .header("Authorization", "Bearer " + METRICS_TOKEN).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return page.lines().filter(l -> l.startsWith(meter + "{") || l.startsWith(meter + " "))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " has no meter " + meter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful end, as when a machine or its JVM dies. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the graceful end an operator's stop gives. */
    void stop() {
        if (process.isAlive()) {
            process.destroy();
            if (!ChildProcesses.exitedWithin(process, Duration.ofSeconds(40))) {
                process.destroyForcibly();
            }
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitExit() {
        if (!ChildProcesses.exitedWithin(process, Duration.ofSeconds(20))) {
            throw new AssertionError(name + " did not end after SIGKILL");
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
