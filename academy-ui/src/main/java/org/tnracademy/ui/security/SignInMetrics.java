package org.tnracademy.ui.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.BoundedPasswordEncoder;

/**
 * Sign-ins by outcome: succeeded, failed (a wrong password, a refused token), throttled (refused
 * before any password was checked) and busy (refused because the node had no turn free to check
 * the password in time). A rise in failures is how an operator sees guessing; busy ones are the
 * node short of CPU, most often while a class signs in, and say to add a node.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;
    private final Counter busy;

    SignInMetrics(MeterRegistry registry) {
        succeeded = counter(registry, "succeeded");
        failed = counter(registry, "failed");
        throttled = counter(registry, "throttled");
        busy = counter(registry, "busy");
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
        Counter outcome = switch (event.getException()) {
            case SignInThrottledException t -> throttled;
            case BoundedPasswordEncoder.PasswordHashingBusyException b -> busy;
            default -> failed;
        };
        outcome.increment();
    }
}
