package org.tnracademy.exercises;

import java.io.Serializable;

/**
 * One thing wrong in an exercise's spec or key.
 *
 * @param field  the path of the field, such as "labels[2]" or "key.post-007"
 * @param reason a sentence for the author
 */
public record SpecProblem(String field, String reason) implements Serializable {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
