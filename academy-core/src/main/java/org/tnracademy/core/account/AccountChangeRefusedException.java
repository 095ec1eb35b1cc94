package org.tnracademy.core.account;

import java.util.List;
import java.util.stream.Collectors;

/** An account change that was not made, with every problem found. Nothing was changed. */
public class AccountChangeRefusedException extends RuntimeException {

    private final transient List<AccountProblem> problems;

    public AccountChangeRefusedException(List<AccountProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(AccountProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<AccountProblem> problems() {
        return problems;
    }
}
