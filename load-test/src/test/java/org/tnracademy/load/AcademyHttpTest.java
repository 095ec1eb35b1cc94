package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's requests over {@link HttpTransport}, against a small server that plays the academy's part. */
class AcademyHttpTest {

    HttpServer server;
    URI base;
    final List<String> cookiesSeen = new CopyOnWriteArrayList<>();
    final List<String> bodiesSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/login", exchange -> {
            bodiesSeen.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + " as " + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=abc; Path=/; HttpOnly");
            exchange.getResponseHeaders().add("Set-Cookie", "lang=fr; Path=/");
            exchange.getResponseHeaders().add("Location", "/courses");
            answer(exchange, 302, "");
        });
        server.createContext("/courses", exchange -> {
            cookiesSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Cookie")));
            answer(exchange, 200, "<html>Cours – réseaux</html>");
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, "");
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aPostedFormGetsTheRedirectItselfAndItsCookiesGoWithTheNextRequest() throws IOException {
        try (HttpTransport transport = HttpTransport.open(1)) {
            AcademyHttp http = new AcademyHttp(transport, base);

            HttpAnswer posted = http.post("login", "application/x-www-form-urlencoded", "username=analyst");
            HttpAnswer page = http.get("courses");

            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.header("location")).contains("/courses");
            assertThat(posted.headers("set-cookie")).hasSize(2);
            assertThat(bodiesSeen).containsExactly("username=analyst as application/x-www-form-urlencoded");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).isEqualTo("<html>Cours – réseaux</html>");
            assertThat(cookiesSeen).singleElement().asString().contains("JSESSIONID=abc").contains("lang=fr")
                    .doesNotContain("Path");
        }
    }

    @Test
    void aGetFollowsRedirectsWithinTheAcademyButNotForever() throws IOException {
        try (HttpTransport transport = HttpTransport.open(1)) {
            AcademyHttp http = new AcademyHttp(transport, base);

            assertThat(http.get("login").body()).contains("Cours");
            assertThatThrownBy(() -> http.get("loop"))
                    .isInstanceOf(ProtocolException.class).hasMessageContaining("too many redirects from loop");
        }
    }
}
