package org.tnracademy.ui.studio.form;

import java.util.Objects;
import org.tnracademy.exercises.shape.ObjectShape;

/**
 * The shape of a whole spec or key tree of one exercise type. Field labels are i18n keys derived
 * from the field's path without indices: {@code shape.<type>.<part>.<field>.<field>} (for example
 * {@code shape.choice.spec.questions.options.text}), help texts the same key with {@code .help}.
 *
 * @param typeId the exercise type, such as {@code choice}
 * @param part   {@code spec} or {@code key}
 */
public record FormShape(String typeId, String part, ObjectShape root) {

    public FormShape {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(root, "root");
    }

    /** The prefix of every label key of this form, such as {@code shape.choice.spec}. */
    public String labelPrefix() {
        return "shape." + typeId + "." + part;
    }
}
