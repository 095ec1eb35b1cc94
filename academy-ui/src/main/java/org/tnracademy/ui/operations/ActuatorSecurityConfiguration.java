package org.tnracademy.ui.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints under {@code /actuator}, in a chain of their own ahead of the pages':
 * health (liveness and readiness, status only) is open to the load balancer and the kubelet;
 * Prometheus metrics need the scrape token ({@code academy.metrics.token}), and with none set
 * nobody reads them; every other actuator endpoint is refused. No session is made, nothing is
 * posted, so no CSRF token is needed.
 */
@Configuration
class ActuatorSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http,
                                         @Value("${academy.metrics.token:}") String metricsToken) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus").access(new MetricsScrapeToken(metricsToken))
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                // a bare status: sendError would go through the container's error page, which the
                // pages' chain turns into a redirect to the sign-in page
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, refused) -> response.setStatus(401))
                        .accessDeniedHandler((request, response, refused) -> response.setStatus(403)));
        return http.build();
    }
}
