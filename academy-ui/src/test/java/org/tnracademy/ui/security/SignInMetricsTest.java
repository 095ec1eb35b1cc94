package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.account.BoundedPasswordEncoder;

class SignInMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SignInMetrics metrics = new SignInMetrics(registry);
    private final UsernamePasswordAuthenticationToken attempt =
            UsernamePasswordAuthenticationToken.unauthenticated("analyst", "secret");

    @Test
    void aSignInRefusedAsBusyIsCountedAsBusyNotAsAFailedPassword() {
        metrics.on(new AuthenticationFailureServiceExceptionEvent(attempt, busyRefusal()));

        assertThat(count("busy")).isEqualTo(1);
        assertThat(count("failed")).isZero();
    }

    @Test
    void aWrongPasswordIsStillCountedAsFailed() {
        metrics.on(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));

        assertThat(count("failed")).isEqualTo(1);
        assertThat(count("busy")).isZero();
    }

    @Test
    void theAcademysPublisherTurnsABusyRefusalIntoAFailureEventThatIsCounted() {
        List<Object> published = new ArrayList<>();
        AuthenticationEventPublisher publisher = new SignInFailureEvents().authenticationEventPublisher(published::add);

        publisher.publishAuthenticationFailure(busyRefusal(), attempt);

        assertThat(published).singleElement().isInstanceOf(AuthenticationFailureServiceExceptionEvent.class);
        metrics.on((AuthenticationFailureServiceExceptionEvent) published.getFirst());
        assertThat(count("busy")).isEqualTo(1);
    }

    private double count(String outcome) {
        return registry.get("academy.sign-ins").tag("outcome", outcome).counter().count();
    }

    /**
     * The encoder's own refusal: one turn to hash and no room in line, taken by a check that asks
     * for a second turn from inside the first.
     */
    private static BoundedPasswordEncoder.PasswordHashingBusyException busyRefusal() {
        AtomicReference<PasswordEncoder> bounded = new AtomicReference<>();
        PasswordEncoder askingAgain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bounded.get().encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return bounded.get().matches(raw, encoded);
            }
        };
        bounded.set(new BoundedPasswordEncoder(askingAgain, 1, 0, 0));
        return catchThrowableOfType(BoundedPasswordEncoder.PasswordHashingBusyException.class,
                () -> bounded.get().matches("secret", "{argon2}x"));
    }
}
