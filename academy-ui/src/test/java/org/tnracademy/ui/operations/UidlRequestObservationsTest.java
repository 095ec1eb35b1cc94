package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UidlRequestObservationsTest {

    private final ObservationPredicate predicate = new UidlRequestObservations().uidlRequestsTimedApart();

    @Test
    void aUiRoundTripIsLeftOutOfHttpRequestMetrics() {
        assertThat(observed("v-r=uidl&v-uiId=3")).isFalse();
        assertThat(observed("v-uiId=3&v-r=uidl")).isFalse();
    }

    @Test
    void pageLoadsHeartbeatsPushAndOtherRequestsStayInHttpRequestMetrics() {
        assertThat(observed(null)).isTrue();
        assertThat(observed("v-r=heartbeat&v-uiId=3")).isTrue();
        assertThat(observed("v-r=push&v-uiId=3")).isTrue();
        assertThat(observed("v-r=uidlx")).isTrue();
        assertThat(observed("x-v-r=uidl")).isTrue();
    }

    @Test
    void observationsOtherThanServerRequestsAreUntouched() {
        assertThat(predicate.test("academy.grading", new Observation.Context())).isTrue();
    }

    private boolean observed(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        return predicate.test("http.server.requests",
                new ServerRequestObservationContext(request, new MockHttpServletResponse()));
    }
}
