package org.tnracademy.ui.exercise;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.ui.exercise.types.ExerciseTypeUis;

/**
 * The feedback each exercise type shows for an attempt (see {@link ExerciseTypeUis}). {@code
 * revealKey} is true only once no attempt is left: before that, feedback on wrong items keeps the
 * expected answer to itself.
 */
final class ExerciseFeedbacks {

    private ExerciseFeedbacks() {
    }

    static Component create(ExerciseSheet sheet, GradedAttempt attempt, boolean revealKey, List<String> itemOrder) {
        return create(sheet, attempt.pending() ? null : attempt.result(), revealKey, itemOrder);
    }

    /** The feedback for a type's result; null result only for a written analysis still waiting for its grade. */
    static Component create(ExerciseSheet sheet, GradeResult result, boolean revealKey) {
        return create(sheet, result, revealKey, List.of());
    }

    /**
     * The exercise's dataset items in dataset order, for feedback to name an item by its place
     * ("Post 17") as the workspace numbers it rather than by its key; empty without a dataset.
     */
    static List<String> itemOrder(ExerciseSheet sheet, DatasetService datasets) {
        if (sheet.variant() && ExerciseTypes.get(sheet.type()).keyLabelsDatasetItems()) {
            return sheet.variantItems(); // numbered as the labelling workspace shows the variant's posts
        }
        // other variants (a set selection's accounts or posts) keep the dataset's numbers, as their grids show them
        return sheet.datasetId() == null ? List.of() : datasets.itemKeys(sheet.datasetId());
    }

    /** @param itemOrder the dataset's item keys in its order, to name items by their place; may be empty */
    static Component create(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return ExerciseTypeUis.get(sheet.type()).feedback(sheet, result, revealKey, itemOrder);
    }
}
