package org.tnracademy.ui.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST read-out under /api: its own filter chain, ahead of Vaadin's (whose catch-all refuses
 * every non-Vaadin address). Stateless: every request brings its credentials, no session and no
 * cookie is made, so there is nothing for a cross-site request to ride on and CSRF tokens are not
 * needed. Roles are checked here by address and again by the services' method security.
 * <ul>
 *   <li>profile {@code keycloak}: Keycloak bearer tokens (JWT, issuer and audience checked);</li>
 *   <li>otherwise: HTTP Basic against the local accounts, with the same lock-out as the login page.</li>
 * </ul>
 */
@Configuration
class ApiSecurity {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    @Profile("!" + SignInMode.KEYCLOAK_PROFILE)
    SecurityFilterChain apiWithLocalAccounts(HttpSecurity http) throws Exception {
        common(http);
        http.httpBasic(basic -> basic.realmName("academy-api"));
        return http.build();
    }

    @Bean
    @Order(1)
    @Profile(SignInMode.KEYCLOAK_PROFILE)
    SecurityFilterChain apiWithKeycloakTokens(HttpSecurity http, KeycloakBearerTokens tokens) throws Exception {
        common(http);
        http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)));
        return http.build();
    }

    private static void common(HttpSecurity http) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/me/progress").hasRole("LEARNER")
                        .requestMatchers(HttpMethod.GET, "/api/courses/*/results")
                        .hasAnyRole("COHORT_MANAGER", "INSTRUCTOR", "ADMIN")
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
    }
}
