package org.tnracademy.ui.instructor;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step as another signed-in user (a learner submitting), then puts the test's user back. */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T learner(String username, Supplier<T> step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
