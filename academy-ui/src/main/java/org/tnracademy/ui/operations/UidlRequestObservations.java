package org.tnracademy.ui.operations;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Spring's {@code http.server.requests} leaves out Vaadin's UI round trips ({@code ?v-r=uidl}):
 * they are timed apart as {@value SizedUidlRequests#ROUND_TRIPS}. Every round trip of every
 * learner went through an observation with its tags and a timer found by them, about 2% of a
 * loaded node's CPU, for a metric whose path and method are the same for all of them. Page loads,
 * sign-ins, push, static files, the API and Actuator stay in {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class UidlRequestObservations {

    @Bean
    ObservationPredicate uidlRequestsTimedApart() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && VaadinRoundTrips.isRoundTrip(request.getCarrier()));
    }
}
