package org.tnracademy.ui.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.tnracademy.core.account.BoundedPasswordEncoder;

/**
 * Why the last sign-in was refused, as the sign-in page tells it. Spring Security sends a refused
 * sign-in back to {@code login?error} and keeps the refusal in the session: throttling refuses as a
 * locked account, a password that could not be checked in time as "busy", anything else is a wrong
 * username or password.
 */
enum SignInRefusal {
    NONE(null, null),
    WRONG_PASSWORD("login.error.title", "login.error.message"),
    // the password was not even checked: saying "wrong password" would send them guessing again
    THROTTLED("login.throttled.title", "login.throttled.message"),
    BUSY("login.busy.title", "login.busy.message");

    final String titleKey;
    final String messageKey;

    SignInRefusal(String titleKey, String messageKey) {
        this.titleKey = titleKey;
        this.messageKey = messageKey;
    }

    static SignInRefusal of(HttpServletRequest request) {
        if (request.getParameter("error") == null) {
            return NONE;
        }
        HttpSession session = request.getSession(false);
        Object refusal = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (refusal instanceof LockedException) {
            return THROTTLED;
        }
        if (refusal instanceof BoundedPasswordEncoder.PasswordHashingBusyException) {
            return BUSY;
        }
        return WRONG_PASSWORD;
    }
}
