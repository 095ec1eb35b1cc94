package org.tnracademy.core.studio;

/**
 * One thing a pack import would refuse in an exercise draft: the pack file and line it was found
 * on, the reason, and the field of the editor it concerns.
 *
 * @param field the field path such as {@code spec.labels[1].id}, {@code key.items[0].label} or
 *              {@code title.en}; {@code dataset} for a problem of the dataset; null when the reason
 *              names no field
 */
public record DraftProblem(String file, int line, String reason, String field) {

    @Override
    public String toString() {
        return (field == null ? file : field) + ": " + reason;
    }
}
