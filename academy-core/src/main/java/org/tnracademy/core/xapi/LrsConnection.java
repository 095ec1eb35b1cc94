package org.tnracademy.core.xapi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

/**
 * Posts a batch of statements to the record store ({@code POST {endpoint}/statements}, xAPI 1.0.3,
 * HTTP Basic), within the configured time, and reads at most {@link #MAX_ANSWER} bytes of what the
 * store answers: a store that answers too much or too slowly cannot hold a sender.
 */
@Component
class LrsConnection {

    static final int MAX_ANSWER = 2048;

    /** What the store answered: the status and the start of its body (for the administrators' view). */
    record Answer(int status, String body) {
    }

    private final XapiSettings settings;
    private final HttpClient http;

    LrsConnection(XapiSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @throws IOException when no answer came (refused, reset, timed out) */
    Answer post(String statementsJson) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.statementsUri())
                .timeout(settings.timeout())
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statementsJson, StandardCharsets.UTF_8));
        if (settings.hasCredentials()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        }
        // the whole exchange, body included, within the time: a store that trickles its answer is cut off
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.build(),
                info -> new BoundedBody(MAX_ANSWER));
        try {
            HttpResponse<byte[]> response = exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("no answer within " + settings.timeout().toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting statements", e);
        }
    }
}
