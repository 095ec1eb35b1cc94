package org.tnracademy.exercises.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * An account-attribution exercise: the handles of the accounts learners group into operators, in
 * the order they are listed. The handles are not secret; who runs which is the key's.
 */
public record AttributionSpec(List<String> accounts) {

    /** Grouping one account is no exercise. */
    public static final int MIN_ACCOUNTS = 2;
    /** Far above what a learner can weigh by hand, and small enough that every check stays cheap. */
    public static final int MAX_ACCOUNTS = 500;
    /** Platforms allow 15 to 50 characters; this leaves room for a marker such as {@code _syn}. */
    public static final int MAX_HANDLE_LENGTH = 64;

    public AttributionSpec {
        accounts = Copies.list(accounts);
    }

    /** A checked spec. */
    public static AttributionSpec of(List<String> accounts) {
        List<SpecProblem> problems = problemsOf(accounts);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new AttributionSpec(accounts);
    }

    /** Reads a spec from a parsed tree: {@code {accounts: ["@a_syn", "@b_syn", ...]}}. */
    public static AttributionSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        if (map != null && map.get("accounts") instanceof List<?> list && list.size() > MAX_ACCOUNTS) {
            // named before anything of it is read
            in.allow("accounts");
            in.failOnSpecProblems(List.of(tooMany(list.size())));
        }
        List<String> accounts = in.texts("accounts");
        in.failOnSpecProblems(problemsOf(accounts));
        return new AttributionSpec(accounts);
    }

    /** Each account's place in the list, for look-ups. */
    public Map<String, Integer> positions() {
        Map<String, Integer> positions = HashMap.newHashMap(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            positions.put(accounts.get(i), i);
        }
        return positions;
    }

    public Set<String> accountSet() {
        return new HashSet<>(accounts);
    }

    static List<SpecProblem> problemsOf(List<String> accounts) {
        List<SpecProblem> problems = new ArrayList<>();
        if (accounts == null || accounts.size() < MIN_ACCOUNTS) {
            problems.add(SpecProblem.of("accounts", "at least " + MIN_ACCOUNTS + " accounts are required",
                    CheckProblem.AT_LEAST, MIN_ACCOUNTS));
            return problems;
        }
        if (accounts.size() > MAX_ACCOUNTS) {
            problems.add(tooMany(accounts.size()));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            String account = accounts.get(i);
            String field = "accounts[" + i + "]";
            if (account != null && account.length() > MAX_HANDLE_LENGTH) {
                problems.add(SpecProblem.of(field, "a handle has at most " + MAX_HANDLE_LENGTH
                        + " characters, this one " + account.length(), CheckProblem.TOO_LONG, account.length(),
                        MAX_HANDLE_LENGTH));
            } else {
                Checks.itemId(account, field, seen, problems);
            }
        }
        return problems;
    }

    private static SpecProblem tooMany(int size) {
        return SpecProblem.of("accounts", "at most " + MAX_ACCOUNTS + " accounts, not " + size,
                CheckProblem.AT_MOST, size, MAX_ACCOUNTS);
    }
}
