package org.tnracademy.exercises.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * The answer key: the operators behind the accounts, each with the accounts it runs and, optionally,
 * why they are one operator (or why a look-alike community is not one). An account of the spec
 * that no operator lists runs on its own.
 */
public record AttributionKey(List<Operator> operators) {

    /** One actor and the accounts it runs; {@code why} is null when the author wrote none. */
    public record Operator(List<String> accounts, LocalizedText why) {
        public Operator {
            accounts = Copies.list(accounts);
        }
    }

    public AttributionKey {
        operators = Copies.list(operators);
    }

    /** A key checked against its spec. */
    public static AttributionKey validated(AttributionSpec spec, List<Operator> operators) {
        List<SpecProblem> problems = problemsOf(spec, operators);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new AttributionKey(operators);
    }

    /**
     * Reads a key from a parsed tree: {@code {operators: [{accounts: [...], why?: {en: ...}}]}}; an
     * {@code exercise} field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static AttributionKey fromMap(AttributionSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        if (map != null && map.get("operators") instanceof List<?> list && list.size() > spec.accounts().size()) {
            in.allow("operators");
            in.failOnSpecProblems(List.of(SpecProblem.of("operators", "more operators (" + list.size()
                    + ") than accounts (" + spec.accounts().size() + ")",
                    AttributionProblem.MORE_OPERATORS_THAN_ACCOUNTS, list.size(), spec.accounts().size())));
        }
        List<Operator> operators = new ArrayList<>();
        for (TreeReader operator : in.objects("operators")) {
            operators.add(new Operator(operator.texts("accounts"), operator.optionalLocalized("why")));
        }
        in.failOnSpecProblems(problemsOf(spec, operators));
        return new AttributionKey(operators);
    }

    /** Every account with its operator's number (from 0); accounts on their own get numbers after those. */
    int[] operatorOf(AttributionSpec spec) {
        Map<String, Integer> positions = spec.positions();
        int[] of = new int[spec.accounts().size()];
        java.util.Arrays.fill(of, -1);
        for (int o = 0; o < operators.size(); o++) {
            for (String account : operators.get(o).accounts()) {
                of[positions.get(account)] = o;
            }
        }
        int next = operators.size();
        for (int i = 0; i < of.length; i++) {
            if (of[i] < 0) {
                of[i] = next++;
            }
        }
        return of;
    }

    private static List<SpecProblem> problemsOf(AttributionSpec spec, List<Operator> operators) {
        List<SpecProblem> problems = new ArrayList<>();
        if (operators == null || operators.isEmpty()) {
            problems.add(SpecProblem.of("operators", "the key names no operator", CheckProblem.KEY_EMPTY));
            return problems;
        }
        if (operators.stream().noneMatch(o -> o != null && o.accounts().size() > 1)) {
            problems.add(SpecProblem.of("operators", "no operator runs two accounts or more: there would be "
                    + "nothing to group", AttributionProblem.NOTHING_TO_GROUP));
        }
        Set<String> accounts = spec.accountSet();
        Set<String> seen = new HashSet<>();
        for (int o = 0; o < operators.size(); o++) {
            Operator operator = operators.get(o);
            String field = "operators[" + o + "]";
            if (operator == null) {
                continue;
            }
            if (operator.accounts().isEmpty()) {
                problems.add(SpecProblem.of(field + ".accounts", "an operator runs at least one account",
                        AttributionProblem.OPERATOR_WITHOUT_ACCOUNT));
            }
            for (int i = 0; i < operator.accounts().size(); i++) {
                String account = operator.accounts().get(i);
                String at = field + ".accounts[" + i + "]";
                if (account == null || account.isBlank()) {
                    problems.add(SpecProblem.of(at, "must not be blank", CheckProblem.BLANK));
                } else if (!accounts.contains(account)) {
                    problems.add(SpecProblem.of(at, "'" + account + "' is not an account of the spec", CheckProblem.NOT_DEFINED, account));
                } else if (!seen.add(account)) {
                    problems.add(SpecProblem.of(at, "'" + account + "' is run by another operator already",
                            AttributionProblem.ACCOUNT_TAKEN, account));
                }
            }
            Checks.optionalText(operator.why(), field + ".why", problems);
        }
        return problems;
    }
}
