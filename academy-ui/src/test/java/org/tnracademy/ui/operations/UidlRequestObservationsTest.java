package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UidlRequestObservationsTest {

    private final List<String> observed = new ArrayList<>();
    private final ObservationRegistry registry = ObservationRegistry.create();

    UidlRequestObservationsTest() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                observed.add(((ServerRequestObservationContext) context).getCarrier().getQueryString());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof ServerRequestObservationContext;
            }
        });
    }

    @Test
    void aUiRoundTripIsLeftOutOfHttpRequestMetricsAndStillAnswered() throws Exception {
        assertThat(passedOn("v-r=uidl&v-uiId=3")).isTrue();
        assertThat(passedOn("v-uiId=3&v-r=uidl")).isTrue();

        assertThat(observed).isEmpty();
    }

    @Test
    void pageLoadsHeartbeatsPushAndOtherRequestsStayInHttpRequestMetrics() throws Exception {
        for (String query : new String[] {null, "v-r=heartbeat&v-uiId=3", "v-r=push&v-uiId=3", "v-r=uidlx",
                "x-v-r=uidl", "v-r=init&location=courses"}) {
            assertThat(passedOn(query)).isTrue();
        }

        assertThat(observed).containsExactly(null, "v-r=heartbeat&v-uiId=3", "v-r=push&v-uiId=3", "v-r=uidlx",
                "x-v-r=uidl", "v-r=init&location=courses");
    }

    /** Runs a request through the filter: true when it went on down the chain. */
    private boolean passedOn(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        MockFilterChain chain = new MockFilterChain();
        new UidlRequestObservations.RoundTripsUnobserved(registry,
                new DefaultServerRequestObservationConvention("http.server.requests"))
                .doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() == request;
    }
}
