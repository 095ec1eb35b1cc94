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
 * The account is found by the provider's issuer and subject ({@code sub}), never by username
 * alone: whoever can create a username at the provider must not take over the academy account of
 * that name. The first sign-in of an identity creates its account under its username; when that
 * name is already taken (a local account, or another identity's), the new account gets the first
 * free name {@code <username>-2}, {@code -3}, ... and the collision is audited. The provider is the
 * authority on roles: the account's roles follow the token's at every sign-in, each change
 * audited. The local password of such an account is random and never shown, so nobody can sign in
 * locally with it.
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
        var linked = accounts.findByExternalIssuerAndExternalSubject(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            return followRoles(linked.get(), identity).summary();
        }
        var sameName = accounts.findByUsername(identity.username());
        if (sameName.isPresent() && sameName.get().externalUnclaimed()) {
            // made by this provider's sign-in before identities were recorded: the provider owned the name
            Account account = sameName.get();
            account.linkTo(identity.issuer(), identity.subject());
            audit.record("system", AuditAction.EXTERNAL_ACCOUNT_LINKED, account.username() + " claimed by "
                    + identity.issuer() + " (subject " + identity.subject() + ")", null);
            return followRoles(account, identity).summary();
        }
        String username = sameName.isEmpty() ? identity.username() : freeVariantOf(identity.username());
        Account created = new Account(username, identity.displayName(), encoder.encode(unusablePassword()),
                asEnumSet(identity), Instant.now());
        created.linkTo(identity.issuer(), identity.subject());
        accounts.saveAndFlush(created);
        if (sameName.isPresent()) {
            audit.record("system", AuditAction.EXTERNAL_USERNAME_TAKEN, identity.username() + " is taken by another "
                    + "account: " + identity.issuer() + " (subject " + identity.subject() + ") gets the new account "
                    + username + ", the existing one is untouched", null);
        }
        audit.record("system", AuditAction.EXTERNAL_ACCOUNT_LINKED, username + " " + asEnumSet(identity) + " from "
                + identity.issuer() + " (subject " + identity.subject() + ")", null);
        return created.summary();
    }

    private Account followRoles(Account account, ExternalIdentity identity) {
        if (!account.roles().equals(asEnumSet(identity))) {
            var before = account.roles();
            account.changeRoles(asEnumSet(identity));
            audit.record("system", AuditAction.ROLES_CHANGED, account.username() + ": " + before + " -> "
                    + asEnumSet(identity) + " (from " + identity.issuer() + ")", null);
        }
        return account;
    }

    /** The first of {@code name-2}, {@code name-3}, ... that no account has, within the column's length. */
    private String freeVariantOf(String name) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = name.length() + suffix.length() <= ExternalIdentity.MAX_USERNAME ? name
                    : name.substring(0, ExternalIdentity.MAX_USERNAME - suffix.length());
            if (accounts.findByUsername(base + suffix).isEmpty()) {
                return base + suffix;
            }
        }
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
