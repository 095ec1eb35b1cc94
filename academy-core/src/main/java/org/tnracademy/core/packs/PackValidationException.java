package org.tnracademy.core.packs;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be imported, with every problem found, not only the first. */
public class PackValidationException extends RuntimeException {

    private final transient List<PackProblem> problems;

    public PackValidationException(String pack, List<PackProblem> problems) {
        super("Content pack " + pack + " has " + problems.size() + (problems.size() == 1 ? " problem:\n" : " problems:\n")
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
