package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.Filter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.grading.SubmissionRefusedException;
import org.tnracademy.ui.testsupport.ActingAs;

/**
 * What a load balancer, the kubelet and Prometheus see: health open and terse, metrics only with
 * the scrape token, every other actuator endpoint refused, and the academy's own meters counting
 * what happens (a submission graded, one refused, a sign-in failed, the starter pack imported); and
 * the page's round trips handed to Vaadin without Spring MVC's dispatcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "academy.metrics.token=scrape-token-for-tests")
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void livenessAndReadinessAreOpenTerseAndSetNoCookie() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            HttpResponse<String> response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            // the status, and for the whole the names of the two groups: no component, no detail
            assertThat(response.body()).as(probe).isIn("{\"status\":\"UP\"}",
                    "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
            assertThat(response.headers().allValues("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void metricsNeedTheScrapeToken() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer not-the-token").statusCode()).isIn(401, 403);
        assertThat(get("/actuator/prometheus", "Basic c2NyYXBlLXRva2VuLWZvci10ZXN0cw==").statusCode()).isIn(401, 403);
        assertThat(get("/actuator/prometheus", "Bearer scrape-token-for-tests").statusCode()).isEqualTo(200);
    }

    @Test
    void everyOtherActuatorEndpointIsRefused() throws Exception {
        for (String endpoint : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/health/db", "/actuator/metrics")) {
            assertThat(get(endpoint, "Bearer scrape-token-for-tests").statusCode()).as(endpoint).isIn(401, 403, 404);
        }
    }

    @Test
    void theAcademysOwnMetersCountWhatHappens() throws Exception {
        long quiz = ActingAs.learner("analyst", () -> catalog.outlines()).stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals("tnr-forms-quiz")).findFirst().orElseThrow().id();
        ActingAs.learner("analyst", () -> grading.submit(quiz,
                Map.of("picks", Map.of("definition", List.of("actor"))), UUID.randomUUID().toString()));
        try {
            ActingAs.learner("analyst", () -> grading.submit(quiz, Map.of(), UUID.randomUUID().toString()));
        } catch (SubmissionRefusedException expected) {
            // an empty answer: counted as refused
        }
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isBetween(300, 403);

        String metrics = get("/actuator/prometheus", "Bearer scrape-token-for-tests").body();

        assertThat(metrics)
                .containsPattern("academy_submissions_total\\{[^}]*outcome=\"graded\"[^}]*type=\"choice\"[^}]*} [1-9]")
                .containsPattern("academy_submissions_refused_total\\{[^}]*reason=\"empty_answer\"[^}]*} [1-9]")
                .containsPattern("academy_grading_time_seconds_count\\{[^}]*type=\"choice\"[^}]*} [1-9]")
                .contains("academy_grading_queue{", "academy_grading_active{")
                .contains("academy_vaadin_sessions{", "academy_vaadin_uis{")
                .contains("academy_sign_ins_total{")
                .containsPattern("academy_pack_import_time_seconds_count\\{[^}]*} [1-9]")
                .contains("hikaricp_connections_active{", "jvm_memory_used_bytes{")
                .contains("academy_ui_round_trips_seconds_bucket{", "le=\"0.1\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*} [1-9]");
    }

    @Test
    void theOnlyRequestObservationFilterIsTheOneThatLeavesRoundTripsOut() {
        List<Filter> observationFilters = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter).filter(f -> f instanceof ServerHttpObservationFilter).toList();

        assertThat(observationFilters).singleElement().isInstanceOf(UidlRequestObservations.RoundTripsUnobserved.class);
    }

    @Test
    void roundTripsAndHeartbeatsReachVaadinWithoutSpringMvcsDispatcher() throws Exception {
        List<String> handledByTheDispatcher = new CopyOnWriteArrayList<>();
        ((ConfigurableApplicationContext) context).addApplicationListener((ApplicationListener<ServletRequestHandledEvent>)
                handled -> handledByTheDispatcher.add(handled.getMethod() + " " + handled.getRequestUrl()));

        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        // the dispatcher publishes its event after the answer has gone out
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handledByTheDispatcher.contains("GET /login"));
        HttpResponse<String> heartbeat = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get("/login?lang=fr", null).statusCode()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handledByTheDispatcher.size() >= 2);

        // answered by Vaadin (no session: the page is gone), never by the dispatcher
        assertThat(heartbeat.statusCode()).isNotIn(401, 403, 404, 500);
        assertThat(handledByTheDispatcher).noneMatch(h -> h.startsWith("POST"));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
