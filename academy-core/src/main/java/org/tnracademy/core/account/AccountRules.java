package org.tnracademy.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a username, a display name and a password acceptable. */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    static final int MAX_NAME = 200;
    static final int MIN_PASSWORD = 12;

    private AccountRules() {
    }

    static List<AccountProblem> check(int row, NewAccount a) {
        List<AccountProblem> problems = new ArrayList<>();
        if (a.username() == null || a.username().isBlank()) {
            problems.add(new AccountProblem(row, "username", AccountProblem.Reason.REQUIRED, null));
        } else if (!USERNAME.matcher(a.username()).matches()) {
            problems.add(new AccountProblem(row, "username", AccountProblem.Reason.USERNAME_FORMAT, a.username()));
        }
        if (a.displayName() == null || a.displayName().isBlank()) {
            problems.add(new AccountProblem(row, "displayName", AccountProblem.Reason.REQUIRED, null));
        } else if (a.displayName().length() > MAX_NAME) {
            problems.add(new AccountProblem(row, "displayName", AccountProblem.Reason.NAME_TOO_LONG, null));
        }
        problems.addAll(checkPassword(row, a.password()));
        if (a.roles().isEmpty()) {
            problems.add(new AccountProblem(row, "roles", AccountProblem.Reason.NO_ROLE, null));
        }
        return problems;
    }

    static List<AccountProblem> checkPassword(int row, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return List.of(new AccountProblem(row, "password", AccountProblem.Reason.PASSWORD_TOO_SHORT, null));
        }
        return List.of();
    }
}
