package org.tnracademy.ui.security;

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
 * configurer guards every route by its annotations and keeps Vaadin's CSRF protection on.
 */
@Configuration
@EnableWebSecurity
@Profile("!" + SignInMode.KEYCLOAK_PROFILE)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain academySecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles.css").permitAll());
        SecurityHeaders.apply(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
