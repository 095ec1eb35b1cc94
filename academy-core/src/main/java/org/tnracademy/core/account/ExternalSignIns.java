package org.tnracademy.core.account;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * Links a person signed in by an external identity provider to their academy account, so progress,
 * attempts and the gradebook work as for local accounts. For the sign-in machinery only (no user
 * is signed in yet when it runs), like {@link SignIns}.
 * <p>
 * The account is found by username and created on first sign-in. The provider is the authority on
 * roles: the account's roles follow the token's at every sign-in, so the gradebook lists exactly the
 * provider's learners; each change is audited. The local password of such an account is random and
 * never shown, so nobody can sign in locally with it.
 */
@Component
public class ExternalSignIns {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    ExternalSignIns(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate tx, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.tx = tx;
        this.audit = audit;
    }

    /** The account of this person, created or brought up to date; safe when two requests race. */
    public AccountSummary linked(ExternalIdentity identity) {
        try {
            return tx.execute(status -> link(identity));
        } catch (DataIntegrityViolationException raced) {
            // another node or request created it at the same moment: it exists now
            return tx.execute(status -> link(identity));
        }
    }

    private AccountSummary link(ExternalIdentity identity) {
        var existing = accounts.findByUsername(identity.username());
        if (existing.isEmpty()) {
            Account created = accounts.saveAndFlush(new Account(identity.username(), identity.displayName(),
                    encoder.encode(unusablePassword()), asEnumSet(identity), Instant.now()));
            audit.record("system", AuditAction.EXTERNAL_ACCOUNT_LINKED, identity.username() + " "
                    + asEnumSet(identity) + " from " + identity.issuer() + " (subject " + identity.subject() + ")", null);
            return created.summary();
        }
        Account account = existing.get();
        if (!account.roles().equals(asEnumSet(identity))) {
            var before = account.roles();
            account.changeRoles(asEnumSet(identity));
            audit.record("system", AuditAction.ROLES_CHANGED, account.username() + ": " + before + " -> "
                    + asEnumSet(identity) + " (from " + identity.issuer() + ")", null);
        }
        return account.summary();
    }

    private static EnumSet<Role> asEnumSet(ExternalIdentity identity) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(identity.roles());
        return roles;
    }

    private static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
