package org.tnracademy.ui.exercise;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/**
 * The learner's workspace and feedback of every exercise type, for pages outside this package
 * that must show exactly what a learner sees, such as the instructors' preview.
 */
public final class ExerciseParts {

    private ExerciseParts() {
    }

    /** The workspace the exercise's type is worked in, as on the learner's page. */
    public static AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return ExerciseWorkspaces.create(sheet, datasets);
    }

    /**
     * The feedback a learner would see for a result.
     *
     * @param result    null only for a written analysis, which waits for an instructor's grade
     * @param revealKey true to show the expected answers, as after a learner's last attempt
     * @param datasets   to name dataset items by their place, as the learner's page does
     */
    public static Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey,
                                     DatasetService datasets) {
        return ExerciseFeedbacks.create(sheet, result, revealKey, ExerciseFeedbacks.itemOrder(sheet, datasets));
    }
}
