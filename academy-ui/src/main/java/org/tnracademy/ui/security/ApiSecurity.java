package org.tnracademy.ui.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST read-out under /api: its own filter chain, ahead of Vaadin's (whose catch-all refuses
 * every non-Vaadin address). Stateless: every request brings its credentials, no session and no
 * cookie is made, so there is nothing for a cross-site request to ride on and CSRF tokens are not
 * needed. Roles are checked here by address and again by the services' method security.
 * <ul>
 *   <li>profile {@code keycloak}: Keycloak bearer tokens (JWT, issuer and audience checked);</li>
 *   <li>otherwise: HTTP Basic against the local accounts, with the same throttling as the login page.</li>
 * </ul>
 * Refusals are 401 or 403 with a JSON body ({@link ApiRefusals}), never a redirect.
 */
@Configuration
class ApiSecurity {

    static final String API = "/api/**";
    static final String REALM = "academy-api";

    @Bean
    @Order(1)
    @Profile("!" + SignInMode.KEYCLOAK_PROFILE)
    SecurityFilterChain apiWithLocalAccounts(HttpSecurity http) throws Exception {
        common(http);
        ApiRefusals refusals = ApiRefusals.basic(REALM);
        http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(refusals));
        http.exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        return http.build();
    }

    @Bean
    @Order(1)
    @Profile(SignInMode.KEYCLOAK_PROFILE)
    SecurityFilterChain apiWithKeycloakTokens(HttpSecurity http, KeycloakBearerTokens tokens) throws Exception {
        common(http);
        // a call without a valid token is answered 401 (WWW-Authenticate: Bearer), never sent to a login page
        ApiRefusals refusals = new ApiRefusals(new BearerTokenAuthenticationEntryPoint(),
                new BearerTokenAccessDeniedHandler(),
                "Sign-in required: send a Keycloak access token of the academy's realm as Authorization: Bearer");
        http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                .authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        http.exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
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
