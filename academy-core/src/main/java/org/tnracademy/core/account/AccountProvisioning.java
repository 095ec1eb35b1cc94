package org.tnracademy.core.account;

import java.time.Instant;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * Creates accounts on behalf of the system (demo setup, first-run admin, tests), not of a signed-in
 * user: views never use it (an architecture test checks that).
 */
@Component
public class AccountProvisioning {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    AccountProvisioning(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * The account with this username, created with the given name, password and roles if it does
     * not exist yet. Safe when two nodes do it at once.
     *
     * @return true when it was created now
     */
    public boolean ensure(String username, String displayName, String rawPassword, Set<Role> roles) {
        try {
            Boolean created = tx.execute(status -> {
                if (accounts.findByUsername(username).isPresent()) {
                    return false;
                }
                accounts.saveAndFlush(new Account(username, displayName, encoder.encode(rawPassword), roles,
                        Instant.now()));
                audit.record("system", AuditAction.ACCOUNT_CREATED, username + " " + roles, null);
                return true;
            });
            return Boolean.TRUE.equals(created);
        } catch (DataIntegrityViolationException raced) {
            return false;
        }
    }
}
