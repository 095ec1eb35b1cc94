package org.tnracademy.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The driver's connections to the academy, shared by every learner it runs: requests go through
 * Apache HttpClient's blocking client (each learner's virtual thread waits on its own socket), push
 * websockets through the JDK's client. The JDK's client also served the requests until its
 * asynchronous machinery took half of the driver's CPU, which runs on the academy's two cores
 * (docs/benchmarks.md). Cookies, redirects and retries are left to {@link AcademyHttp}, as a
 * browser's page does them; nothing is compressed, as the academy's own pages are not.
 */
final class HttpTransport implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(120);

    private final CloseableHttpClient requests;
    private final HttpClient sockets;

    private HttpTransport(CloseableHttpClient requests, HttpClient sockets) {
        this.requests = requests;
        this.sockets = sockets;
    }

    /** Connections for up to {@code learners} learners at once (a request and a heartbeat each). */
    static HttpTransport open(int learners) {
        int connections = Math.max(8, 2 * learners + 8);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                        .setSocketTimeout(Timeout.of(RESPONSE_TIMEOUT)).build())
                .build();
        CloseableHttpClient requests = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(RESPONSE_TIMEOUT)).build())
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries()
                .disableContentCompression().evictIdleConnections(Timeout.ofMinutes(5)).build();
        HttpClient sockets = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        return new HttpTransport(requests, sockets);
    }

    /** The academy's answer to a request: its status, headers and body read whole. */
    HttpAnswer exchange(HttpUriRequestBase request) throws IOException {
        return requests.execute(request, response -> new HttpAnswer(response.getCode(),
                response.getHeaders(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    HttpClient sockets() {
        return sockets;
    }

    @Override
    public void close() throws IOException {
        requests.close();
        sockets.shutdownNow();
        try {
            sockets.awaitTermination(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
