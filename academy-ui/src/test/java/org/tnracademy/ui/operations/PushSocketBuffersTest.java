package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** Each push socket's read buffers are 1K (Vaadin's own default, 16K, costs about 48 KB a page). */
@SpringBootTest
class PushSocketBuffersTest {

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void theVaadinServletGivesAtmosphereSmallPushSocketBuffers() {
        assertThat(vaadinServlet.getInitParameters()).containsEntry("org.atmosphere.websocket.bufferSize", "1024");
    }

    @Test
    void aBufferSizeAlreadyChosenIsKept() {
        ServletRegistrationBean<SpringServlet> registration = new ServletRegistrationBean<>(vaadinServlet.getServlet());
        registration.addInitParameter(PushSocketBuffers.BUFFER_SIZE, "4096");

        PushSocketBuffers.smallPushSocketBuffers().postProcessAfterInitialization(registration, "servlet");

        assertThat(registration.getInitParameters()).containsEntry(PushSocketBuffers.BUFFER_SIZE, "4096");
    }
}
