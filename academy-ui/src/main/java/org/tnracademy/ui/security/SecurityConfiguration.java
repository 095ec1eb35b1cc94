package org.tnracademy.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.tnracademy.ui.login.LoginView;

/**
 * Local accounts, signed in through the login view. Vaadin's configurer guards every route by its
 * annotations and keeps Vaadin's CSRF protection on; the headers below keep the pages out of
 * frames, scripts to our own origin, and addresses out of referrers.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Vaadin's bootstrap page uses inline scripts and styles, and its client runs server-sent
     * JavaScript with Function(), so 'unsafe-inline' and 'unsafe-eval' stay for scripts; everything
     * is loaded from our own origin, and nobody may frame the academy.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain academySecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles.css").permitAll());
        http.headers(h -> {
            // Vaadin's servlet commits its responses past Spring's wrapper: write the headers first
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                    .frameOptions(f -> f.deny());
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
