package org.tnracademy.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * One learner's HTTP side of a page: requests with the session cookie kept by hand (one
 * {@link HttpTransport} serves every learner), the page's heartbeat and its push websocket.
 */
final class AcademyHttp {

    private final HttpTransport transport;
    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    AcademyHttp(HttpTransport transport, URI base) {
        this.transport = transport;
        this.base = base;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** POSTs {@code body} of {@code contentType} to {@code path} (relative to the academy). */
    HttpAnswer post(String path, String contentType, String body) throws IOException {
        HttpPost post = new HttpPost(base.resolve(path));
        post.setEntity(new StringEntity(body, ContentType.parse(contentType)));
        return send(post);
    }

    private HttpAnswer send(HttpUriRequestBase request) throws IOException {
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpAnswer response = transport.exchange(request);
        for (String set : response.headers("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** GET, following redirects within the academy; the final response. */
    HttpAnswer get(String path) throws IOException {
        URI uri = base.resolve(path);
        for (int hop = 0; hop < 5; hop++) {
            HttpAnswer r = send(new HttpGet(uri));
            if (r.statusCode() / 100 != 3) {
                return r;
            }
            uri = uri.resolve(r.header("Location").orElseThrow());
        }
        throw new ProtocolException("too many redirects from " + path);
    }

    /**
     * The page's heartbeat, as the Flow client sends it every {@code heartbeatInterval} seconds:
     * the server closes a UI after three missed ones (a page left without its unload beacon).
     *
     * @return the thread sending it, to interrupt when the page is left; null when the page has none
     */
    Thread heartbeat(int uiId, int intervalSeconds) {
        if (intervalSeconds <= 0) {
            return null;
        }
        URI uri = base.resolve("?v-r=heartbeat&v-uiId=" + uiId);
        return Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(intervalSeconds * 1000L);
                    send(new HttpPost(uri));
                }
            } catch (InterruptedException | IOException stopped) {
                // the page was left
            }
        });
    }

    /** The UI's push connection (Atmosphere over a websocket), with the session's cookies. */
    WebSocket openPush(int uiId, String pushId, WebSocket.Listener listener) {
        String ws = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        WebSocket.Builder builder = transport.sockets().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        cookies.forEach((name, value) -> builder.header("Cookie", name + "=" + value));
        try {
            return builder.buildAsync(URI.create(ws), listener).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ProtocolException("push connection refused: " + refusal(e));
        }
    }

    /** What the academy answered instead of switching to a websocket: its status and the start of its body. */
    static String refusal(Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WebSocketHandshakeException handshake && handshake.getResponse() != null) {
            HttpResponse<?> answer = handshake.getResponse();
            String body = String.valueOf(answer.body());
            // a 101 the JDK's client still refused (a header it checks): its reason is the cause's message
            return answer.statusCode() == 101 ? "HTTP 101, but " + (handshake.getCause() == null
                    ? "the client refused the handshake" : handshake.getCause().getMessage())
                    : "HTTP " + answer.statusCode() + " instead of 101 (" + body.substring(0, Math.min(200, body.length()))
                    .replaceAll("\\s+", " ") + ")";
        }
        return cause.toString();
    }
}
