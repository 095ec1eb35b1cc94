package org.tnracademy.core.catalog;

import java.util.List;

import org.tnracademy.exercises.SpecProblem;

/** A new answer-key version that does not fit the exercise's spec: nothing was stored. */
public class KeyVersionRefusedException extends RuntimeException {

    private final transient List<SpecProblem> problems;

    public KeyVersionRefusedException(String message, List<SpecProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
