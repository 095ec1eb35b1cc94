package org.tnracademy.core.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learning record store played by the tests (the JDK's HttpServer on a free port): it takes
 * {@code POST /statements} as xAPI 1.0.3 says, checks the version header and Basic credentials,
 * validates every statement against the xAPI 1.0.3 statement schema (written from the
 * specification, test resource {@code xapi/statement-1.0.3.schema.json}) and the rules across
 * properties, and can be down (503), refuse given statement ids (400) or hold a request at a gate.
 */
final class FakeLrs implements AutoCloseable {

    static final String USER = "academy-lrs-user";
    static final String PASSWORD = "lrs-test-password-not-a-real-one";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = schema();

    private final HttpServer server;
    /** Every statement stored, in order. */
    final List<JsonNode> stored = new CopyOnWriteArrayList<>();
    /** Every problem found in a received request or statement; a test expects none. */
    final List<String> problems = new CopyOnWriteArrayList<>();
    /** How often each statement id arrived (a second arrival of one id means it was sent twice). */
    final ConcurrentHashMap<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    final Set<String> refused = ConcurrentHashMap.newKeySet();
    volatile boolean down;
    volatile CountDownLatch gate;
    volatile CountDownLatch entered;

    FakeLrs() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/xapi/statements", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi";
    }

    void reset() {
        stored.clear();
        problems.clear();
        arrivals.clear();
        requests.set(0);
        refused.clear();
        down = false;
        gate = null;
        entered = null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            CountDownLatch held = gate;
            if (held != null) {
                entered.countDown();
                held.await(30, TimeUnit.SECONDS);
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "POST only");
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "unauthorised");
                return;
            }
            if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
                problems.add("X-Experience-API-Version header missing or not 1.0.3");
                answer(exchange, 400, "version header");
                return;
            }
            if (down) {
                answer(exchange, 503, "down for maintenance");
                return;
            }
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readAllBytes();
            }
            JsonNode body = JSON.readTree(bytes);
            List<JsonNode> statements = new ArrayList<>();
            if (body.isArray()) {
                body.forEach(statements::add);
            } else {
                statements.add(body);
            }
            for (JsonNode s : statements) {
                if (refused.contains(s.path("id").asString())) {
                    answer(exchange, 400, "statement " + s.path("id").asString() + " refused by the fake store");
                    return;
                }
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode s : statements) {
                List<String> found = check(s);
                problems.addAll(found);
                arrivals.computeIfAbsent(s.path("id").asString(), k -> new AtomicInteger()).incrementAndGet();
                stored.add(s);
                ids.add("\"" + s.path("id").asString() + "\"");
            }
            answer(exchange, 200, "[" + String.join(",", ids) + "]");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The schema's verdict and the rules a schema cannot say, for one statement. */
    static List<String> check(JsonNode statement) {
        List<String> out = new ArrayList<>();
        for (Error e : SCHEMA.validate(statement)) {
            out.add(statement.path("id").asString() + ": " + e.getMessage());
        }
        JsonNode score = statement.path("result").path("score");
        if (score.has("raw")) {
            double raw = score.path("raw").asDouble();
            if (score.has("min") && raw < score.path("min").asDouble()
                    || score.has("max") && raw > score.path("max").asDouble()) {
                out.add(statement.path("id").asString() + ": result.score.raw outside min and max");
            }
        }
        if (score.has("min") && score.has("max") && score.path("min").asDouble() >= score.path("max").asDouble()) {
            out.add(statement.path("id").asString() + ": result.score.min not below max");
        }
        if (statement.has("timestamp")) {
            try {
                OffsetDateTime.parse(statement.path("timestamp").asString());
            } catch (RuntimeException e) {
                out.add(statement.path("id").asString() + ": timestamp is not ISO 8601");
            }
        }
        return out;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Schema schema() {
        try (InputStream in = FakeLrs.class.getResourceAsStream("/xapi/statement-1.0.3.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
