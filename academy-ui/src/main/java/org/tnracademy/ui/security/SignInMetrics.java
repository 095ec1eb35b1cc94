package org.tnracademy.ui.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins by outcome: succeeded, failed (a wrong password, a refused token) and throttled (refused
 * before any password was checked). A rise in failures is how an operator sees guessing.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    SignInMetrics(MeterRegistry registry) {
        succeeded = counter(registry, "succeeded");
        failed = counter(registry, "failed");
        throttled = counter(registry, "throttled");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("academy.sign-ins").description("Sign-ins and authentications, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        (event.getException() instanceof SignInThrottledException ? throttled : failed).increment();
    }
}
