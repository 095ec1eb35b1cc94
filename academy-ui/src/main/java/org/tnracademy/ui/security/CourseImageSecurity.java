package org.tnracademy.ui.security;

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
 * The pictures of lessons under /course-images: their own filter chain, ahead of Vaadin's (whose
 * catch-all refuses every non-Vaadin address). Signed-in people read them with the session the
 * pages use, whichever way they signed in; without one the answer is 401, never a login page in
 * place of a picture. Which pictures a person may read is the core's decision (ImageLibrary): a
 * draft upload only instructors and administrators, a published one everyone signed in. Unlike pages, pictures are addressed by their hash and never
 * change, so this chain leaves caching to the endpoint; the other protective headers stay.
 */
@Configuration
class CourseImageSecurity {

    static final String IMAGES = "/course-images/**";

    @Bean
    @Order(2)
    SecurityFilterChain courseImagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(IMAGES)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, IMAGES).authenticated()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.cacheControl(c -> c.disable())
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
