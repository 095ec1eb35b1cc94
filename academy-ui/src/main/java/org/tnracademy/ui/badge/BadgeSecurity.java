package org.tnracademy.ui.badge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The Open Badges addresses under /badges: their own filter chain, ahead of Vaadin's (whose
 * catch-all would send a verifier to the sign-in page). Anyone may read them without signing in;
 * nothing else is accepted there. No session is made; the endpoints set their own caching.
 */
@Configuration
class BadgeSecurity {

    static final String BADGES = "/badges/**";

    @Bean
    @Order(2)
    SecurityFilterChain badgesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(BADGES)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, BADGES).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                // a write here is refused as such, never sent to the sign-in page
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .headers(h -> h.cacheControl(c -> c.disable()).frameOptions(f -> f.deny()));
        return http.build();
    }
}
