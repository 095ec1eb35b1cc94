package org.tnracademy.ui.operations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own Micrometer observations are off: with Actuator on, it wraps each filter of
 * the chain, each authentication and each authorization (every secured service call included) in
 * an observation, timers and their tags made on every request, which showed in the sign-in burst's
 * profile (docs/benchmarks.md). The metrics operators read stay: requests
 * ({@code http.server.requests}), sign-ins by outcome ({@code academy.sign-ins}), sessions, grading.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
