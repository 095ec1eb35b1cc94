package org.tnracademy.ui.security;

import org.springframework.security.authentication.LockedException;
import org.tnracademy.core.account.SignInRefusal;

/**
 * A sign-in refused by a throttling rule before its password was checked. A kind of
 * {@link LockedException}, so every part of Spring Security treats it as a refusal; it names the
 * rule and until when, which tells nothing of whether the account exists (failures for unknown
 * names are counted alike).
 */
class SignInThrottledException extends LockedException {

    private final transient SignInRefusal refusal;

    SignInThrottledException(SignInRefusal refusal) {
        super(refusal.describe());
        this.refusal = refusal;
    }

    SignInRefusal refusal() {
        return refusal;
    }
}
