package org.tnracademy.core.account;

import java.time.Instant;

/**
 * Why a sign-in is refused before its password is even checked, and until when.
 *
 * @param rule  which throttling rule refuses it
 * @param until the moment the rule lets this attempt through again
 */
public record SignInRefusal(Rule rule, Instant until) {

    public enum Rule {
        /** Too many failures for this account from this address: refused from this address only. */
        ACCOUNT_FROM_ADDRESS,
        /** Too many failures from this address, whatever the accounts: every sign-in from it is refused. */
        ADDRESS,
        /** Very many failures for this account from everywhere: one password check at a time, except from the owner's known addresses. */
        ACCOUNT_SLOWED
    }

    /** What an administrator reads in the audit log. */
    public String describe() {
        return switch (rule) {
            case ACCOUNT_FROM_ADDRESS -> "too many failures for this account from this address; refused until " + until;
            case ADDRESS -> "too many failures from this address; refused until " + until;
            case ACCOUNT_SLOWED -> "too many failures for this account from everywhere; slowed until " + until;
        };
    }
}
