package org.tnracademy.core.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * What signed-in people do with their own local account. Every problem is reported at once, by
 * field; a refused change changes nothing, and a made one is audited.
 */
@Service
public class AccountSelfService {

    private final AccountRepository accounts;
    private final AccountService current;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountSelfService(AccountRepository accounts, AccountService current, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.current = current;
        this.encoder = encoder;
        this.audit = audit;
    }

    /**
     * Replaces the signed-in person's password. The current password must be given (a session left
     * open on a shared desk is not enough), the new one must follow the rules of
     * {@link AccountRules}, be typed the same twice and differ from the current one.
     *
     * @throws AccountChangeRefusedException with the fields {@code currentPassword},
     *                                       {@code newPassword} and {@code repeatedPassword}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeatedPassword) {
        Account account = accounts.findById(current.current().id()).orElseThrow();
        List<AccountProblem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(new AccountProblem(0, "currentPassword", AccountProblem.Reason.REQUIRED, null));
        } else if (!encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new AccountProblem(0, "currentPassword", AccountProblem.Reason.WRONG_PASSWORD, null));
        }
        List<AccountProblem> rules = AccountRules.checkPassword(0, newPassword).stream()
                .map(p -> new AccountProblem(0, "newPassword", p.reason(), p.value())).toList();
        problems.addAll(rules);
        if (rules.isEmpty() && currentPassword != null && currentPassword.equals(newPassword)) {
            problems.add(new AccountProblem(0, "newPassword", AccountProblem.Reason.SAME_PASSWORD, null));
        }
        if (newPassword != null && !newPassword.equals(repeatedPassword)) {
            problems.add(new AccountProblem(0, "repeatedPassword", AccountProblem.Reason.PASSWORDS_DIFFER, null));
        }
        if (!problems.isEmpty()) {
            throw new AccountChangeRefusedException(problems);
        }
        account.changePasswordHash(encoder.encode(newPassword));
        audit.record(account.username(), AuditAction.PASSWORD_CHANGED, null, null);
    }
}
