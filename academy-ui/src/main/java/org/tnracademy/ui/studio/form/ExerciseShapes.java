package org.tnracademy.ui.studio.form;

import java.util.Collection;
import java.util.Optional;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * The studio's forms of each exercise type's spec and key: the shapes the type itself declares
 * ({@link ExerciseType#specShape}, {@link ExerciseType#keyShape}) next to its reader, with the label
 * keys of the form. Top-level fields the form does not show, such as a key's {@code exercise:}, are
 * kept as they are.
 */
public final class ExerciseShapes {

    private ExerciseShapes() {
    }

    /** The shape of the type's spec tree. @throws IllegalArgumentException for an unknown type */
    public static FormShape spec(String typeId) {
        return new FormShape(typeId, "spec", type(typeId).specShape());
    }

    /** The shape of the type's key tree. @throws IllegalArgumentException for an unknown type */
    public static FormShape key(String typeId) {
        return new FormShape(typeId, "key", type(typeId).keyShape());
    }

    public static Collection<String> typeIds() {
        return ExerciseTypes.ids();
    }

    private static ExerciseType<?, ?, ?> type(String typeId) {
        Optional<ExerciseType<?, ?, ?>> type = ExerciseTypes.byId(typeId);
        return type.orElseThrow(() -> new IllegalArgumentException(
                "no form for exercise type '" + typeId + "'; known: " + ExerciseTypes.ids()));
    }
}
