package org.tnracademy.core.studio;

import java.util.List;

import org.tnracademy.exercises.ProblemMessage;

/**
 * One thing a pack import would refuse in an exercise draft: the pack file and line it was found
 * on, the reason, and the field of the editor it concerns.
 *
 * @param messageKey  the bundle key of the problem's words; null in drafts saved before problems had codes
 * @param messageArgs the arguments of those words
 * @param field the field path such as {@code spec.labels[1].id}, {@code key.items[0].label} or
 *              {@code title.en}; {@code dataset} for a problem of the dataset; null when the reason
 *              names no field
 */
public record DraftProblem(String file, int line, String reason, String field, String messageKey,
                           List<Object> messageArgs) {

    /** Kept as the bundle key and arguments, so the draft's stored JSON reads back without the code's class. */
    public DraftProblem(String file, int line, String reason, String field, ProblemMessage message) {
        this(file, line, reason, field, message.code().key(), message.args());
    }

    @Override
    public String toString() {
        return (field == null ? file : field) + ": " + reason;
    }
}
