package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The academy's Vaadin service, as Spring starts it: the first UIDL handler it asks is ours, so
 * Vaadin's own (with its 192 KB of buffers per request) never reads a UIDL body.
 */
@SpringBootTest
class SizedUidlRequestsInServiceTest extends SpringBrowserlessTest {

    @Test
    void theFirstUidlHandlerTheServiceAsksReadsBodiesAtTheirSize() {
        RequestHandler firstUidlHandler = StreamSupport.stream(VaadinService.getCurrent().getRequestHandlers()
                .spliterator(), false).filter(UidlRequestHandler.class::isInstance).findFirst().orElseThrow();

        assertThat(firstUidlHandler).isInstanceOf(SizedUidlRequestHandler.class);
    }
}
