package org.tnracademy.core.lti;

import java.util.List;

/** A platform registration was not saved: every problem found, by field. Nothing was changed. */
public class PlatformRefusedException extends RuntimeException {

    private final List<PlatformProblem> problems;

    public PlatformRefusedException(List<PlatformProblem> problems) {
        super("Platform registration refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PlatformProblem> problems() {
        return problems;
    }
}
