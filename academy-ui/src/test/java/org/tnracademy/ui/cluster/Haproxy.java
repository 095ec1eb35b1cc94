package org.tnracademy.ui.cluster;

import java.io.File;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HAProxy (Debian's package) in front of the academy nodes, with the settings docs/operations.md
 * names for several nodes: sticky sessions by a cookie of HAProxy's own, health checks on readiness,
 * a dead node's learners sent to another, and WebSocket push kept open. A missing HAProxy fails.
 */
final class Haproxy implements AutoCloseable {

    /** The cookie naming the node a browser is pinned to; its value is the node's name. */
    static final String STICKY_COOKIE = "SERVERID";

    private final Process process;
    private final int statsPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Haproxy(Process process, int statsPort) {
        this.process = process;
        this.statsPort = statsPort;
    }

    /** The configuration for the nodes: the one the test runs, and the one the operations guide shows. */
    static String config(int port, int statsPort, List<AcademyNode> nodes) {
        StringBuilder servers = new StringBuilder();
        for (AcademyNode node : nodes) {
            servers.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.port())
                    .append(" check cookie ").append(node.name()).append('\n');
        }
        return """
                global
                    maxconn 4000

                defaults
                    mode http
                    option forwardfor
                    timeout connect 2s
                    timeout client 70s
                    timeout server 70s
                    # a WebSocket (Vaadin push) stays open between messages
                    timeout tunnel 1h
                    timeout http-request 10s
                    # a request whose node is gone is sent to another node (connection failures only)
                    option redispatch
                    retries 2

                frontend academy
                    bind 127.0.0.1:%d
                    # the scheme and port the browser used: without the port, the academy's redirects
                    # (after sign-in) would name the scheme's default port instead of HAProxy's
                    http-request set-header X-Forwarded-Proto http
                    http-request set-header X-Forwarded-Port %%[dst_port]
                    default_backend academy

                backend academy
                    balance roundrobin
                    # sticky sessions: a cookie of HAProxy's own names the node of the browser's session
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(port, STICKY_COOKIE, servers, statsPort);
    }

    static Haproxy start(Path work, int port, int statsPort, List<AcademyNode> nodes) {
        String binary = binary().orElseThrow(() -> new AssertionError(
                "HAProxy is not installed (Debian: apt-get install haproxy); the cluster profile needs it"));
        try {
            Path dir = Files.createDirectories(work.resolve("haproxy"));
            Path cfg = dir.resolve("haproxy.cfg");
            Files.writeString(cfg, config(port, statsPort, nodes));
            Process check = new ProcessBuilder(binary, "-c", "-f", cfg.toString()).redirectErrorStream(true).start();
            String checked = new String(check.getInputStream().readAllBytes());
            if (check.waitFor() != 0) {
                throw new AssertionError("HAProxy refuses the configuration:\n" + checked);
            }
            Process process = new ProcessBuilder(binary, "-db", "-f", cfg.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
            return new Haproxy(process, statsPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until HAProxy's own health checks report the node in the state named ("UP" or "DOWN"). */
    void awaitServer(String node, String state, Duration within) {
        Instant deadline = Instant.now().plus(within);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            if (ChildProcesses.exitedWithin(process, Duration.ofMillis(300))) {
                throw new AssertionError("HAProxy stopped (exit " + process.exitValue() + ")");
            }
            last = serverStatus(node);
            if (last.startsWith(state)) {
                return;
            }
        }
        throw new AssertionError("HAProxy did not see " + node + " " + state + " within " + within + " (last: " + last
                + ")");
    }

    /** The status column of the node's row in HAProxy's CSV statistics, e.g. "UP" or "DOWN". */
    private String serverStatus(String node) {
        try {
            String csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString()).body();
            List<String> header = List.of(csv.lines().findFirst().orElse("").replace("# ", "").split(","));
            int status = header.indexOf("status");
            return csv.lines().map(l -> l.split(","))
                    .filter(row -> row.length > status && row[0].equals("academy") && row[1].equals(node))
                    .map(row -> row[status]).findFirst().orElse("");
        } catch (IOException notYet) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code -Dacademy.haproxy=...}, else haproxy on the PATH or in /usr/sbin (Debian puts it there). */
    private static Optional<String> binary() {
        String named = System.getProperty("academy.haproxy", "");
        if (!named.isBlank()) {
            return Optional.of(named);
        }
        Stream<String> dirs = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                Stream.of("/usr/sbin", "/usr/local/sbin"));
        return dirs.filter(d -> !d.isBlank()).map(d -> Path.of(d, "haproxy")).filter(Files::isExecutable)
                .map(Path::toString).findFirst();
    }

    @Override
    public void close() {
        process.destroy();
        if (!ChildProcesses.exitedWithin(process, Duration.ofSeconds(10))) {
            process.destroyForcibly();
        }
    }
}
