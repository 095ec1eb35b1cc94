package org.tnracademy.ui.lti;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The LTI addresses a platform calls: their own filter chain, ahead of Vaadin's. Open to anyone
 * (nobody is signed in when an LMS launches the academy: the signed id token is the authority).
 * No CSRF token: the platform posts them cross-site by design, and the launch is bound to its
 * login by the single-use state instead. Their pages set their own framing headers.
 */
@Configuration
class LtiSecurity {

    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String JWKS = "/lti/jwks";

    @Bean
    @Order(3)
    SecurityFilterChain ltiChain(HttpSecurity http) throws Exception {
        http.securityMatcher(LOGIN, LAUNCH, JWKS)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, LOGIN, JWKS).permitAll()
                        .requestMatchers(HttpMethod.POST, LOGIN, LAUNCH).permitAll()
                        .anyRequest().denyAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .headers(h -> h.frameOptions(f -> f.disable()).cacheControl(c -> { }));
        return http.build();
    }
}
