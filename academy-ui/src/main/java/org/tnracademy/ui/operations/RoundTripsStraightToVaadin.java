package org.tnracademy.ui.operations;

import java.io.IOException;

import com.vaadin.flow.spring.RootMappedCondition;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Hands the page's round trips and heartbeats ({@link VaadinRoundTrips}) to Vaadin's servlet itself,
 * after every other filter has run (Spring Security's chain, the body limit, the request metrics).
 * With Vaadin mapped at the root, every request goes to Spring MVC's dispatcher first, which asks
 * each handler mapping (every {@code @RequestMapping} pattern, the welcome page, the static
 * resources) before Vaadin's catch-all forwards it to Vaadin's servlet by a named dispatcher, and
 * then publishes an event about it: about 3% of a loaded node's CPU, for the requests that make up
 * nearly all of a learner's traffic and whose handler is always Vaadin's. Nothing else is taken from
 * the dispatcher: page loads, uploads, push, the API and Actuator go the usual way.
 */
public final class RoundTripsStraightToVaadin implements Filter {

    private static final VaadinRoundTrips ROUND_TRIPS = new VaadinRoundTrips();

    private final Servlet vaadin;

    RoundTripsStraightToVaadin(Servlet vaadin) {
        this.vaadin = vaadin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && ROUND_TRIPS.matches(http)
                && vaadin.getServletConfig() != null) {
            vaadin.service(request, response);
        } else {
            // not one of them, or Vaadin's servlet not started yet (the dispatcher starts it)
            chain.doFilter(request, response);
        }
    }

    /** Last of the filters, for requests from the outside only (not forwards or error pages). */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RootMappedCondition.class)
    static class Registration {

        @Bean
        FilterRegistrationBean<RoundTripsStraightToVaadin> roundTripsStraightToVaadin(
                ServletRegistrationBean<SpringServlet> vaadinServlet) {
            FilterRegistrationBean<RoundTripsStraightToVaadin> registration =
                    new FilterRegistrationBean<>(new RoundTripsStraightToVaadin(vaadinServlet.getServlet()));
            registration.setOrder(Ordered.LOWEST_PRECEDENCE);
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }
    }
}
