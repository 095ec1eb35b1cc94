package org.tnracademy.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

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
        Account account = accounts.findById(current.currentId()).orElseThrow();
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

    /** The interface language the signed-in person last chose (an ISO 639 code), if they ever chose one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> myInterfaceLanguage() {
        return accounts.findById(current.currentId()).map(Account::interfaceLanguage);
    }

    /**
     * Remembers the interface language the signed-in person chose, for their next sessions on any
     * device. Which languages the interface offers is the interface's business; this keeps a code.
     *
     * @throws AccountChangeRefusedException with the field {@code language} when it is not a
     *                                       two- or three-letter lower-case ISO 639 code
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberMyInterfaceLanguage(String language) {
        if (language == null || !LANGUAGE_CODE.matcher(language).matches()) {
            throw new AccountChangeRefusedException(List.of(new AccountProblem(0, "language",
                    AccountProblem.Reason.LANGUAGE_FORMAT, language == null ? null : shortened(language))));
        }
        accounts.findById(current.currentId()).orElseThrow().chooseInterfaceLanguage(language);
    }

    /** What a refusal quotes of a value: enough to recognise it, never a whole pasted page. */
    private static String shortened(String value) {
        return value.length() <= 16 ? value : value.substring(0, 16) + "…";
    }
}
