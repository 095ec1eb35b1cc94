package org.tnracademy.ui.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tnracademy.core.account.BoundedPasswordEncoder;
import org.tnracademy.core.account.SignIns;

/**
 * Hands Spring Security's sign-in events, with the caller's address (as resolved through the
 * trusted proxies), to the core's throttling and audit.
 */
@Component
class SignInEvents {

    /** Who a refused bearer token is recorded as: no account has this name (it is not a valid username). */
    static final String BEARER_TOKEN = "(bearer token)";

    private final SignIns signIns;

    SignInEvents(SignIns signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken) {
            signIns.passwordAccepted(signedIn.getName(), address(signedIn));
        }
        // every /api request authenticates anew (stateless): auditing each would bury the real sign-ins
        if (!fromApi()) {
            signIns.succeeded(signedIn.getName(), address(signedIn));
        }
    }

    private static boolean fromApi() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getRequestURI().startsWith(request.getRequest().getContextPath() + "/api/");
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        // a refused bearer token's "name" is the token itself: a credential, never written down
        String who = attempt instanceof BearerTokenAuthenticationToken ? BEARER_TOKEN : attempt.getName();
        if (event.getException() instanceof SignInThrottledException) {
            return; // refused before the password was checked: audited by ThrottledPasswordSignIn, not a guess
        }
        if (event.getException() instanceof BoundedPasswordEncoder.PasswordHashingBusyException) {
            return; // the node was too busy to check the password: not a guess either
        }
        if (attempt instanceof UsernamePasswordAuthenticationToken) {
            signIns.failed(who, reason(event.getException()), address(attempt));
        } else {
            signIns.failedWithoutPassword(who, reason(event.getException()), address(attempt));
        }
    }

    /** A reason an administrator reads in the audit log. */
    private static String reason(AuthenticationException e) {
        return switch (e) {
            case BadCredentialsException b -> "wrong username or password";
            case LockedException l -> "account locked";
            case DisabledException d -> "account deactivated";
            case InvalidBearerTokenException t -> "invalid, expired or foreign bearer token";
            default -> e.getClass().getSimpleName();
        };
    }

    private static String address(Authentication authentication) {
        return ThrottledPasswordSignIn.remoteAddress(authentication);
    }
}
