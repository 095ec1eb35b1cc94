package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.api.Test;

/** A refused push connection is reported with what the academy answered, not only the exception's name. */
class PushRefusalTest {

    @Test
    void aRefusedHandshakeNamesTheStatusAndTheStartOfTheBody() {
        var refused = new ExecutionException(new WebSocketHandshakeException(answer(503, "Service\n  Unavailable")));

        assertThat(AcademyHttp.refusal(refused)).isEqualTo("HTTP 503 instead of 101 (Service Unavailable)");
    }

    @Test
    void aSwitchTheClientStillRefusedNamesWhatItFoundWrong() {
        var refused = new WebSocketHandshakeException(answer(101, ""));
        refused.initCause(new IllegalStateException("Unexpected Sec-WebSocket-Accept"));

        assertThat(AcademyHttp.refusal(new ExecutionException(refused)))
                .isEqualTo("HTTP 101, but Unexpected Sec-WebSocket-Accept");
    }

    @Test
    void anotherFailureIsNamedAsItIs() {
        var timedOut = new ExecutionException(new java.net.http.HttpTimeoutException("request timed out"));

        assertThat(AcademyHttp.refusal(timedOut)).isEqualTo("java.net.http.HttpTimeoutException: request timed out");
    }

    private static HttpResponse<String> answer(int status, String body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("ws://localhost/VAADIN/push")).build();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of(), (a, b) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("ws://localhost/VAADIN/push");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
