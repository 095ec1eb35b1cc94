package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.RequestBodyTooLargeException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler.ResponseWriter;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class SizedUidlRequestHandlerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Timer roundTrips = registry.timer("test.round-trips");

    @Test
    void aBodyOfItsDeclaredLengthIsReadWhole() throws IOException {
        String click = "{\"csrfToken\":\"t\",\"rpc\":[{\"type\":\"event\",\"node\":42,\"event\":\"click\"}],\"syncId\":3}";

        assertThat(SizedUidlRequestHandler.read(new StringReader(click), click.length(), 10_000)).isEqualTo(click);
    }

    @Test
    void aBodyLongerThanItsDeclaredLengthOrBufferIsStillReadToItsEnd() throws IOException {
        String answer = "réponse à la question ".repeat(2_000); // 44,000 chars, several reads

        assertThat(SizedUidlRequestHandler.read(new StringReader(answer), 100, -1)).isEqualTo(answer);
        assertThat(SizedUidlRequestHandler.read(new StringReader(answer), -1, -1)).isEqualTo(answer);
    }

    @Test
    void aBodyOfExactlyTheLimitPassesAndOneCharacterMoreIsRefusedNamingTheLimit() throws IOException {
        String body = "x".repeat(5_000);

        assertThat(SizedUidlRequestHandler.read(new StringReader(body), -1, 5_000)).hasSize(5_000);
        assertThatThrownBy(() -> SizedUidlRequestHandler.read(new StringReader(body + "y"), -1, 5_000))
                .isInstanceOf(RequestBodyTooLargeException.class)
                .satisfies(e -> assertThat(((RequestBodyTooLargeException) e).getMaxBodySize()).isEqualTo(5_000));
    }

    @Test
    void aHugeDeclaredLengthDoesNotSizeTheBuffersBeyondVaadinsOwn() throws IOException {
        // a client may declare any length: the body read is what bounds the work, not the header
        assertThat(SizedUidlRequestHandler.read(new StringReader("{}"), Integer.MAX_VALUE, -1)).isEqualTo("{}");
    }

    @Test
    void aBodyOverTheLimitIsAnsweredWith413WithoutLockingTheSession() throws IOException {
        VaadinSession session = mock(VaadinSession.class);
        VaadinRequest request = uidlRequest(new StringReader("z".repeat(2_000)), 1_000);
        VaadinResponse response = mock(VaadinResponse.class);

        boolean handled = new SizedUidlRequestHandler(roundTrips).handleRequest(session, request, response);

        assertThat(handled).isTrue();
        verify(response).sendError(eq(413), anyString());
        verify(session, never()).lock();
        assertThat(roundTrips.count()).isZero();
    }

    @Test
    void aRoundTripAnsweredIsTimedOnceWithItsWrite() throws IOException {
        VaadinSession session = mock(VaadinSession.class);
        VaadinRequest request = uidlRequest(new StringReader("{\"syncId\":1}"), 1_000);
        SizedUidlRequestHandler handler = new SizedUidlRequestHandler(roundTrips) {
            @Override
            public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession s, VaadinRequest r,
                    VaadinResponse response, String body) {
                assertThat(body).isEqualTo("{\"syncId\":1}");
                return Optional.of(() -> assertThat(roundTrips.count()).isZero());
            }
        };

        assertThat(handler.handleRequest(session, request, mock(VaadinResponse.class))).isTrue();

        assertThat(roundTrips.count()).isEqualTo(1);
        verify(session).lock();
    }

    @Test
    void aRequestThatIsNotUidlIsLeftToTheNextHandler() throws IOException {
        VaadinSession session = mock(VaadinSession.class);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter("v-r")).thenReturn("heartbeat");

        assertThat(new SizedUidlRequestHandler(roundTrips).handleRequest(session, request, mock(VaadinResponse.class))).isFalse();
        verify(session, never()).lock();
    }

    @Test
    void theHandlerIsAddedToVaadinsOwnAndIsAUidlHandler() {
        ServiceInitEvent event = new ServiceInitEvent(mock(VaadinService.class));

        new SizedUidlRequests(registry).serviceInit(event);

        assertThat(event.getAddedRequestHandlers()).singleElement()
                .isInstanceOf(SizedUidlRequestHandler.class).isInstanceOf(UidlRequestHandler.class);
        assertThat(registry.find(SizedUidlRequests.ROUND_TRIPS).timer()).isNotNull();
    }

    private static VaadinRequest uidlRequest(Reader body, long maxChars) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        VaadinService service = mock(VaadinService.class);
        DeploymentConfiguration configuration = mock(DeploymentConfiguration.class);
        when(request.getParameter("v-r")).thenReturn("uidl");
        when(request.getReader()).thenReturn(new BufferedReader(body));
        when(request.getContentLength()).thenReturn(-1);
        when(request.getService()).thenReturn(service);
        when(service.getDeploymentConfiguration()).thenReturn(configuration);
        when(configuration.getMaxRequestBodySize()).thenReturn(maxChars);
        return request;
    }
}
