package org.tnracademy.exercises;

/** One thing wrong in an exercise's spec or key: the field and the reason. */
public record SpecProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
