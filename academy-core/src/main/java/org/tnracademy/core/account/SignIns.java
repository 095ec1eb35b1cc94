package org.tnracademy.core.account;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * What follows a sign-in attempt: the audit entry, and the lock-out after repeated failures, which
 * slows password guessing without telling a guesser whether the account exists.
 */
@Component
public class SignIns {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockFor;

    SignIns(AccountRepository accounts, AuditLog audit,
            @Value("${academy.sign-in.max-failures:5}") int maxFailures,
            @Value("${academy.sign-in.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @Transactional
    public void succeeded(String username, String remoteAddress) {
        accounts.findByUsername(username).ifPresent(Account::signInSucceeded);
        audit.record(username, AuditAction.SIGN_IN, null, remoteAddress);
    }

    /** A failed attempt: counted against the account when it exists, audited in every case. */
    @Transactional
    public void failed(String username, String reason, String remoteAddress) {
        audit.record(username, AuditAction.SIGN_IN_FAILED, reason, remoteAddress);
        accounts.findByUsername(username).ifPresent(account -> {
            if (!account.lockedAt(Instant.now()) && account.signInFailed(Instant.now(), maxFailures, lockFor)) {
                audit.record(username, AuditAction.ACCOUNT_LOCKED,
                        maxFailures + " failed sign-ins; locked for " + lockFor.toMinutes() + " minutes", remoteAddress);
            }
        });
    }
}
