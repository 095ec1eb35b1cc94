package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.ReflectionTestUtils;

@SpringBootTest
class SavedRequestsBesideRoundTripsTest {

    private final SavedRequestsBesideRoundTrips cache = new SavedRequestsBesideRoundTrips();
    private final MockHttpSession session = new MockHttpSession();

    @Autowired
    VaadinDefaultRequestCache vaadinsCache;

    @Test
    void thePageAskedForBeforeSigningInIsFoundWhenItComesBack() {
        cache.saveRequest(request("GET", "/courses/3", null), new MockHttpServletResponse());

        assertThat(cache.getRequest(request("GET", "/", null), new MockHttpServletResponse()).getRedirectUrl())
                .contains("/courses/3");
        assertThat(cache.getMatchingRequest(request("GET", "/courses/3", "continue"), new MockHttpServletResponse()))
                .isNotNull();
    }

    @Test
    void aRoundTripIsNeverThatPageComingBack() {
        cache.saveRequest(request("GET", "/", null), new MockHttpServletResponse());

        assertThat(cache.getMatchingRequest(request("POST", "/", "v-r=uidl&v-uiId=0&continue"),
                new MockHttpServletResponse())).isNull();
        // and asking leaves the saved page for the request that does come back
        assertThat(cache.getMatchingRequest(request("GET", "/", "continue"), new MockHttpServletResponse())).isNotNull();
    }

    @Test
    void vaadinsRequestCacheKeepsWhatItSavesInThisOne() {
        assertThat(ReflectionTestUtils.getField(vaadinsCache, "delegateRequestCache"))
                .isInstanceOf(SavedRequestsBesideRoundTrips.class);
    }

    private MockHttpServletRequest request(String method, String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setQueryString(query);
        request.setSession(session);
        return request;
    }
}
