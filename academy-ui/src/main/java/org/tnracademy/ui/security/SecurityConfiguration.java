package org.tnracademy.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.RequestCache;
import org.tnracademy.ui.operations.VaadinRoundTrips;

/**
 * Local accounts, signed in through the sign-in page at {@code /login} (every profile but
 * {@code keycloak}), a plain page of {@code org.tnracademy.ui.login}. Vaadin's configurer guards
 * every route by its annotations. Its CSRF set-up is replaced by ours: Vaadin
 * exempts the login address from Spring's CSRF check, so any site could post a username and
 * password to it (login CSRF, and guesses counted against the visitor's address). Here only
 * Vaadin's own requests, which carry Vaadin's CSRF token, are exempt; the sign-in form posts the
 * session's {@code _csrf} token its page carries; a post without it is refused before any password
 * is checked (403, which the container's error page turns into a redirect to the sign-in page).
 */
@Configuration
@EnableWebSecurity
@Profile("!" + SignInMode.KEYCLOAK_PROFILE)
class SecurityConfiguration {

    /** The sign-in page's address (served by {@code SignInPageController}), where the form posts too. */
    static final String SIGN_IN_PAGE = "/login";

    @Bean
    SecurityFilterChain academySecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // the page's round trips first, by a check of their query string: Vaadin's rules below grant
        // all of its own requests the same, but each round trip walked them (1% of a loaded node's CPU);
        // then the stylesheets and their web fonts, public like any page asset; the sign-in page with
        // any query (form login permits only "/login" and "/login?error" exactly, not "?lang=fr")
        VaadinRoundTrips roundTrips = new VaadinRoundTrips();
        http.authorizeHttpRequests(a -> a.requestMatchers(roundTrips).permitAll()
                .requestMatchers("/styles.css", "/sign-in.css", "/fonts/**").permitAll()
                .requestMatchers(HttpMethod.GET, SIGN_IN_PAGE).permitAll());
        SecurityHeaders.apply(http);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(roundTrips, vaadinRequests::isFrameworkInternalRequest));
        // Vaadin's request cache hands what it saves to this one (its configurer's documented hook)
        http.setSharedObject(RequestCache.class, new SavedRequestsBesideRoundTrips());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SIGN_IN_PAGE)
                .enableCsrfConfiguration(false));
        return http.build();
    }
}
