package org.tnracademy.ui.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts a real Keycloak (the distribution the Maven profile {@code keycloak} unpacks; no Docker)
 * with deploy/keycloak/academy-realm.json, before the test's Spring context, which needs its issuer.
 * Free ports for Keycloak and the academy; the realm's redirect addresses are rewritten from
 * http://localhost:8080 to the academy's test port. {@code kc.sh} relaunches Java, so it runs in its
 * own session ({@code setsid}) and the whole process group is stopped after the tests.
 * <p>
 * A missing distribution, a failed start or a start slower than {@link #START_TIMEOUT} fails the
 * tests with Keycloak's log; it never skips them.
 */
public final class KeycloakServer implements TestInstancePreConstructCallback {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    static final String REALM = "academy";
    static final String SHIPPED_ADDRESS = "http://localhost:8080";

    private static Running running;

    record Running(Process process, int port, int appPort, Path log) implements AutoCloseable {
        @Override
        public void close() {
            stop(process);
        }
    }

    /** The realm's issuer, as tokens carry it. */
    public static String issuer() {
        return "http://localhost:" + require().port() + "/realms/" + REALM;
    }

    /** The port the academy must listen on: the one the realm's redirect addresses name. */
    public static int appPort() {
        return require().appPort();
    }

    @Override
    public void preConstructTestInstance(org.junit.jupiter.api.extension.TestInstanceFactoryContext factoryContext,
                                         ExtensionContext context) throws Exception {
        synchronized (KeycloakServer.class) {
            if (running == null) {
                running = start();
                // stopped when the whole test run ends, after every class that uses it
                AutoCloseable stopAtEnd = () -> {
                    synchronized (KeycloakServer.class) {
                        if (running != null) {
                            running.close();
                            running = null;
                        }
                    }
                };
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(KeycloakServer.class.getName(), stopAtEnd);
            }
        }
    }

    private static Running require() {
        if (running == null) {
            throw new IllegalStateException("Keycloak is not running: register KeycloakServer with @ExtendWith");
        }
        return running;
    }

    private static Running start() throws Exception {
        Path home = Path.of(property("academy.keycloak.home"));
        Path realm = Path.of(property("academy.keycloak.realm"));
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("No Keycloak at " + kc + ": the Maven profile 'keycloak' unpacks "
                    + "org.keycloak:keycloak-quarkus-dist there (run with -Pkeycloak)");
        }
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("No realm file at " + realm);
        }
        int port = freePort();
        int managementPort = freePort();
        int appPort = freePort();

        // a fresh dev database each run, so the realm is imported with this run's addresses
        deleteTree(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        String json = Files.readString(realm, StandardCharsets.UTF_8)
                .replace(SHIPPED_ADDRESS, "http://localhost:" + appPort);
        Files.writeString(imports.resolve("academy-realm.json"), json, StandardCharsets.UTF_8);

        Path log = home.getParent().getParent().resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(List.of("setsid", kc.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                "--http-management-port=" + managementPort, "--health-enabled=true", "--import-realm"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        Process process = builder.start();
        Running started = new Running(process, port, appPort, log);
        try {
            awaitRealm(started);
        } catch (Exception | AssertionError e) {
            started.close();
            throw e;
        }
        return started;
    }

    private static void awaitRealm(Running r) throws Exception {
        URI wellKnown = URI.create("http://localhost:" + r.port() + "/realms/" + REALM
                + "/.well-known/openid-configuration");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!r.process().isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit " + r.process().exitValue()
                        + "):\n" + tail(r.log()));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(wellKnown)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // waits a second for the next try, and wakes at once if Keycloak exits meanwhile
            r.process().waitFor(1, TimeUnit.SECONDS);
        }
        throw new IllegalStateException("Keycloak's realm '" + REALM + "' did not answer within " + START_TIMEOUT
                + ":\n" + tail(r.log()));
    }

    private static void stop(Process process) {
        // kc.sh and the Java it launched share the process group that setsid created
        long group = process.pid();
        // kc.sh relaunches Java as its child: remember them all before they are reparented
        List<ProcessHandle> started = process.descendants().toList();
        signal("-TERM", group);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                signal("-KILL", group);
                process.waitFor(10, TimeUnit.SECONDS);
            }
            // the relaunched JVM may outlive kc.sh for a moment: wait for the group to empty, then force it
            if (!allExited(started, Duration.ofSeconds(10))) {
                signal("-KILL", group);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether every given process has exited, waiting on their exits up to the bound. */
    private static boolean allExited(List<ProcessHandle> processes, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            p.onExit().completeOnTimeout(p, left, TimeUnit.NANOSECONDS).join();
        }
        return processes.stream().noneMatch(ProcessHandle::isAlive);
    }

    private static void signal(String signal, long group) {
        try {
            new ProcessBuilder("kill", signal, "--", "-" + group).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run with the Maven profile "
                    + "'keycloak', which sets it");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
