package org.tnracademy.ui.operations;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Spring's {@code http.server.requests} leaves out Vaadin's UI round trips ({@code ?v-r=uidl}):
 * they are timed apart as {@value SizedUidlRequests#ROUND_TRIPS}. Every round trip of every
 * learner went through an observation with its tags and a timer found by them, about 2% of a
 * loaded node's CPU, for a metric whose path and method are the same for all of them. An
 * observation predicate made it a no-op, but the filter still built a context and a scope for each
 * (a third of a percent). This replaces Spring Boot's observation filter, with the same order, dispatcher
 * types and convention, by one that steps aside for round trips. Page loads, sign-ins, heartbeats,
 * push, static files, the API and Actuator stay in {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class UidlRequestObservations {

    /** Named as Spring Boot's bean, which backs off when a filter of this type is registered. */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(ObservationRegistry registry,
            ObjectProvider<ServerRequestObservationConvention> customConvention, ObservationProperties properties) {
        String name = properties.getHttp().getServer().getRequests().getName();
        ServerRequestObservationConvention convention = customConvention
                .getIfAvailable(() -> new DefaultServerRequestObservationConvention(name));
        FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
                new RoundTripsUnobserved(registry, convention));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    /** Spring's request observations, for every request but a UI round trip. */
    static final class RoundTripsUnobserved extends ServerHttpObservationFilter {

        RoundTripsUnobserved(ObservationRegistry registry, ServerRequestObservationConvention convention) {
            super(registry, convention);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return VaadinRoundTrips.isRoundTrip(request);
        }
    }
}
