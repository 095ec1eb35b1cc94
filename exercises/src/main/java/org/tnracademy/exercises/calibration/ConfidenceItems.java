package org.tnracademy.exercises.calibration;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.ExerciseType;
import org.tnracademy.exercises.ItemNaming;

/** The items of an exercise a learner may give a confidence for, asked of its type without knowing the spec's class. */
public final class ConfidenceItems {

    private ConfidenceItems() {
    }

    /** From a spec tree, read by the type (which throws for a spec that does not read). */
    public static List<String> of(ExerciseType<?, ?, ?> type, Map<String, Object> specTree) {
        return fromTree(type, specTree);
    }

    /** From a spec the type has read already. */
    @SuppressWarnings("unchecked")
    public static <S> List<String> ofSpec(ExerciseType<S, ?, ?> type, Object spec) {
        return spec == null ? List.of() : type.confidenceItems((S) spec);
    }

    /** How people name those items, from a spec the type has read already. */
    @SuppressWarnings("unchecked")
    public static <S> ItemNaming naming(ExerciseType<S, ?, ?> type, Object spec, Collection<String> itemIds) {
        return spec == null ? ItemNaming.NONE : type.itemNaming((S) spec, itemIds);
    }

    private static <S> List<String> fromTree(ExerciseType<S, ?, ?> type, Map<String, Object> specTree) {
        return type.confidenceItems(type.readSpec(specTree));
    }
}
