package org.tnracademy.core.cohort;

import java.util.List;
import java.util.stream.Collectors;

/** A cohort change that was not made, with every problem found. Nothing was changed. */
public class CohortChangeRefusedException extends RuntimeException {

    private final transient List<CohortProblem> problems;

    public CohortChangeRefusedException(List<CohortProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(CohortProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<CohortProblem> problems() {
        return problems;
    }
}
