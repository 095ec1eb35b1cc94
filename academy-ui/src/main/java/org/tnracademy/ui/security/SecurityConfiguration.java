package org.tnracademy.ui.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.tnracademy.ui.login.LoginView;

/**
 * Local accounts, signed in through the login view (every profile but {@code keycloak}). Vaadin's
 * configurer guards every route by its annotations. Its CSRF set-up is replaced by ours: Vaadin
 * exempts the login address from Spring's CSRF check, so any site could post a username and
 * password to it (login CSRF, and guesses counted against the visitor's address). Here only
 * Vaadin's own requests, which carry Vaadin's CSRF token, are exempt; the login form posts the
 * {@code _csrf} token Vaadin puts in the page; a post without it is refused before any password
 * is checked (403, which the container's error page turns into a redirect to the sign-in page).
 */
@Configuration
@EnableWebSecurity
@Profile("!" + SignInMode.KEYCLOAK_PROFILE)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain academySecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // the stylesheet and its web fonts, public like any page asset
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles.css", "/fonts/**").permitAll());
        SecurityHeaders.apply(http);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }
}
