package org.tnracademy.ui.testsupport;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.Role;

/** Runs a step as another signed-in user (a learner submitting, an admin reading the audit log), then puts the test's user back. */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T learner(String username, Supplier<T> step) {
        return user(username, Role.LEARNER, step);
    }

    public static <T> T user(String username, Role role, Supplier<T> step) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
