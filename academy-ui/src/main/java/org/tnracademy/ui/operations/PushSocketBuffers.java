package org.tnracademy.ui.operations;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read buffers Atmosphere gives each push socket, cut from Vaadin's 16K (a 16 KB byte buffer
 * and a 32 KB char buffer per open page, about 48 KB a learner, measured in a heap dump) to 1K.
 * They only hold messages the browser sends over the socket, and push is WEBSOCKET_XHR: the
 * browser sends over XHR, so they stay empty; Atmosphere grows them for a longer message anyway.
 * Vaadin sets its own value only where the servlet's init parameters have none, so this one wins.
 */
@Configuration(proxyBeanMethods = false)
class PushSocketBuffers {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    static final String SIZE = "1024";

    @Bean
    static BeanPostProcessor smallPushSocketBuffers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet
                        && !registration.getInitParameters().containsKey(BUFFER_SIZE)) {
                    registration.addInitParameter(BUFFER_SIZE, SIZE);
                }
                return bean;
            }
        };
    }
}
