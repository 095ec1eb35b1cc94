package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;

class RoundTripsStraightToVaadinTest {

    private final RecordingServlet vaadin = new RecordingServlet();
    private final RoundTripsStraightToVaadin filter = new RoundTripsStraightToVaadin(vaadin);

    @BeforeEach
    void startVaadin() throws ServletException {
        vaadin.init(new MockServletConfig());
    }

    @Test
    void roundTripsAndHeartbeatsAtTheRootGoStraightToVaadin() throws Exception {
        for (String query : List.of("v-r=uidl&v-uiId=0", "v-uiId=3&v-r=uidl", "v-r=heartbeat&v-uiId=1")) {
            MockFilterChain dispatcher = new MockFilterChain();

            filter.doFilter(request("POST", "/", query), new MockHttpServletResponse(), dispatcher);

            assertThat(dispatcher.getRequest()).as(query).isNull();
        }
        assertThat(vaadin.served).containsExactly("v-r=uidl&v-uiId=0", "v-uiId=3&v-r=uidl", "v-r=heartbeat&v-uiId=1");
    }

    @Test
    void pageLoadsOtherPathsAndOtherRequestsGoThroughTheDispatcher() throws Exception {
        List<MockHttpServletRequest> others = List.of(
                request("GET", "/", "v-r=uidl&v-uiId=0"),
                request("POST", "/api/courses", "v-r=uidl"),
                request("POST", "/courses/3", "v-r=uidl"),
                request("POST", "/", "v-r=init&location="),
                request("POST", "/", "v-r=uidlx&v-uiId=0"),
                request("POST", "/", "x-v-r=uidl"),
                request("POST", "/", "v-r=push"),
                request("POST", "/", null),
                request("POST", "/login", null));
        for (MockHttpServletRequest other : others) {
            MockFilterChain dispatcher = new MockFilterChain();

            filter.doFilter(other, new MockHttpServletResponse(), dispatcher);

            assertThat(dispatcher.getRequest()).as(other.getMethod() + " " + other.getRequestURI() + "?"
                    + other.getQueryString()).isSameAs(other);
        }
        assertThat(vaadin.served).isEmpty();
    }

    @Test
    void beforeVaadinsServletHasStartedTheDispatcherTakesRoundTripsToo() throws Exception {
        RoundTripsStraightToVaadin early = new RoundTripsStraightToVaadin(new RecordingServlet());
        MockHttpServletRequest roundTrip = request("POST", "/", "v-r=uidl&v-uiId=0");
        MockFilterChain dispatcher = new MockFilterChain();

        early.doFilter(roundTrip, new MockHttpServletResponse(), dispatcher);

        assertThat(dispatcher.getRequest()).isSameAs(roundTrip);
    }

    /** As Tomcat maps a request to Spring's dispatcher (the default servlet, "/"): the whole path is the servlet path. */
    private static MockHttpServletRequest request(String method, String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setQueryString(query);
        return request;
    }

    private static final class RecordingServlet extends HttpServlet {

        final List<String> served = new ArrayList<>();

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            served.add(request.getQueryString());
        }
    }
}
