package org.tnracademy.ui.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.tnracademy.core.account.SignIns;

/**
 * Signing in with a local account's password, on the login page and with HTTP Basic on /api alike:
 * first asks the core's throttling whether this account may be tried from this address at all
 * (the address the server resolved through its trusted proxies), then checks the password; a
 * refusal is audited, not counted (nothing was guessed). Being
 * the one {@link AuthenticationProvider} bean, it replaces the one Spring Boot would make.
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final SignIns signIns;
    private final DaoAuthenticationProvider passwords;

    ThrottledPasswordSignIn(SignIns signIns, UserDetailsService accounts, PasswordEncoder encoder,
                            UserDetailsPasswordService rehashing) {
        this.signIns = signIns;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        // a password hashed the old way (bcrypt) is hashed anew with Argon2id once it has been checked
        this.passwords.setUserDetailsPasswordService(rehashing);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = remoteAddress(attempt);
        var refusal = signIns.refusal(attempt.getName(), address);
        if (refusal.isPresent()) {
            // audited here; its failure event (SignInFailureEvents) is only counted, SignInEvents skips it
            signIns.refusedUnchecked(attempt.getName(), refusal.get(), address);
            throw new SignInThrottledException(refusal.get());
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
