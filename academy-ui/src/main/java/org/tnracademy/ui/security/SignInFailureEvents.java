package org.tnracademy.ui.security;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.tnracademy.core.account.BoundedPasswordEncoder;

/**
 * Spring Security's failure events for the academy's own refusals. Its publisher maps an exception
 * to an event by the exception's exact class, so a sign-in refused as busy or as throttled published
 * none, and {@link SignInMetrics} never counted them: the busy ones are how an operator sees a node
 * short of CPU while a class signs in. Spring Boot's own publisher steps aside for this one.
 */
@Configuration
class SignInFailureEvents {

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(
                BoundedPasswordEncoder.PasswordHashingBusyException.class, AuthenticationFailureServiceExceptionEvent.class,
                SignInThrottledException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }
}
