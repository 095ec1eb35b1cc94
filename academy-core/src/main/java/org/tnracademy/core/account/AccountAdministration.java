package org.tnracademy.core.account;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;

/**
 * What administrators do with accounts: create them one by one or from a CSV file, change roles,
 * reset passwords, deactivate and reactivate. Every change is audited; a refused change changes
 * nothing, and a CSV import is all or nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** Columns of the analysts' CSV file; the first line names them. */
    public static final List<String> CSV_COLUMNS = List.of("username", "display_name", "password");

    private final AccountRepository accounts;
    private final AccountService current;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountAdministration(AccountRepository accounts, AccountService current, PasswordEncoder encoder,
                          AuditLog audit) {
        this.accounts = accounts;
        this.current = current;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public AccountSummary create(NewAccount account) {
        List<AccountProblem> problems = new ArrayList<>(AccountRules.check(0, account));
        if (account.username() != null && accounts.findByUsername(account.username()).isPresent()) {
            problems.add(new AccountProblem(0, "username", AccountProblem.Reason.USERNAME_TAKEN, account.username()));
        }
        refuseIfAny(problems);
        Account saved = accounts.save(new Account(account.username(), account.displayName().strip(),
                encoder.encode(account.password()), account.roles(), Instant.now()));
        audit.record(actor(), AuditAction.ACCOUNT_CREATED,
                AuditMessage.of("account-created", account.username(), roles(account.roles())), account.username() + " " + account.roles(), null);
        return saved.summary();
    }

    @Transactional
    public AccountSummary changeRoles(long accountId, Set<Role> roles) {
        Account account = find(accountId);
        List<AccountProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(new AccountProblem(0, "roles", AccountProblem.Reason.NO_ROLE, null));
        } else if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && lastActiveAdmin(account)) {
            problems.add(new AccountProblem(0, "roles", AccountProblem.Reason.LAST_ADMINISTRATOR, account.username()));
        }
        refuseIfAny(problems);
        Set<Role> before = account.roles();
        account.changeRoles(roles);
        audit.record(actor(), AuditAction.ROLES_CHANGED,
                AuditMessage.of("roles-changed", account.username(), roles(before), roles(roles)), account.username() + ": " + before + " -> " + roles, null);
        return account.summary();
    }

    @Transactional
    public void resetPassword(long accountId, String newPassword) {
        Account account = find(accountId);
        refuseIfAny(AccountRules.checkPassword(0, newPassword));
        account.changePasswordHash(encoder.encode(newPassword));
        audit.record(actor(), AuditAction.PASSWORD_RESET, AuditMessage.of("account-named", account.username()),
                account.username(), null);
    }

    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        Account account = find(accountId);
        if (!enabled) {
            List<AccountProblem> problems = new ArrayList<>();
            if (account.username().equals(current.current().username())) {
                problems.add(new AccountProblem(0, "enabled", AccountProblem.Reason.OWN_ACCOUNT, account.username()));
            } else if (account.roles().contains(Role.ADMIN) && lastActiveAdmin(account)) {
                problems.add(new AccountProblem(0, "enabled", AccountProblem.Reason.LAST_ADMINISTRATOR,
                        account.username()));
            }
            refuseIfAny(problems);
        }
        account.setEnabled(enabled);
        audit.record(actor(), enabled ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                AuditMessage.of("account-named", account.username()), account.username(), null);
        return account.summary();
    }

    /**
     * Creates an analyst (learner) account for each row of a CSV file with the columns
     * {@link #CSV_COLUMNS}. Every row is checked first and all problems are reported with their row
     * numbers (the header is row 1); one problem and no account is created.
     *
     * @return the number of accounts created
     */
    @Transactional
    public int importLearners(String csv) {
        try {
            return importCheckedLearners(csv);
        } catch (AccountChangeRefusedException refused) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.ACCOUNT_IMPORT, null,
                    refused.problems().size()), null);
            throw refused;
        }
    }

    private int importCheckedLearners(String csv) {
        List<NewAccount> rows = new ArrayList<>();
        List<AccountProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv == null ? "" : csv))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).get()).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String column : CSV_COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(new AccountProblem(1, column, AccountProblem.Reason.MISSING_COLUMN, null));
                }
            }
            refuseIfAny(problems);
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                NewAccount a = new NewAccount(value(record, "username"), value(record, "display_name"),
                        value(record, "password"), EnumSet.of(Role.LEARNER));
                problems.addAll(AccountRules.check(row, a));
                if (a.username() != null && !a.username().isBlank()) {
                    if (!seen.add(a.username())) {
                        problems.add(new AccountProblem(row, "username", AccountProblem.Reason.DUPLICATE_IN_FILE,
                                a.username()));
                    } else if (accounts.findByUsername(a.username()).isPresent()) {
                        problems.add(new AccountProblem(row, "username", AccountProblem.Reason.USERNAME_TAKEN,
                                a.username()));
                    }
                }
                rows.add(a);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            problems.add(new AccountProblem(0, "file", AccountProblem.Reason.REQUIRED, "not a readable CSV file: "
                    + e.getMessage()));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new AccountProblem(2, "username", AccountProblem.Reason.REQUIRED, "the file has no rows"));
        }
        refuseIfAny(problems);
        for (NewAccount a : rows) {
            accounts.save(new Account(a.username(), a.displayName().strip(), encoder.encode(a.password()), a.roles(),
                    Instant.now()));
        }
        audit.record(actor(), AuditAction.ACCOUNTS_IMPORTED, AuditMessage.of("accounts-imported", rows.size()),
                rows.size() + " analysts", null);
        return rows.size();
    }

    private static String value(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return record.isSet(name) ? record.get(name) : null;
            }
        }
        return null;
    }

    private boolean lastActiveAdmin(Account account) {
        return account.enabled() && accounts.countEnabledByRole(Role.ADMIN) <= 1;
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountChangeRefusedException(
                List.of(new AccountProblem(0, "account", AccountProblem.Reason.NOT_FOUND, String.valueOf(accountId)))));
    }

    private String actor() {
        return current.current().username();
    }

    private static void refuseIfAny(List<AccountProblem> problems) {
        if (!problems.isEmpty()) {
            throw new AccountChangeRefusedException(problems);
        }
    }

    /** Roles as an audit message carries them: their names, in the enum's order, for the reader's words. */
    static String roles(java.util.Collection<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Role::name).toList());
    }
}
