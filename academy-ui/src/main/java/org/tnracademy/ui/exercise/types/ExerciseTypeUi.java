package org.tnracademy.ui.exercise.types;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/**
 * What the UI shows of one exercise type: the learner's workspace and the feedback on a graded
 * attempt. One implementation per type, in the type's own package ({@code ui.exercise.<type>}),
 * listed once in {@link ExerciseTypeUis}; nothing else in the UI tests a type's id.
 */
public interface ExerciseTypeUi {

    /** The id of the exercise type this is the UI of: the type's {@code ID} constant. */
    String typeId();

    /** The workspace a learner answers in, built from the sheet a learner may see. */
    AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets);

    /**
     * The feedback on a result. {@code revealKey} is true only once no attempt is left: before that,
     * feedback on wrong items keeps the expected answer to itself.
     *
     * @param result    null only for an answer still waiting for an instructor's grade
     * @param itemOrder the dataset's item keys in its order, to name items by their place; may be empty
     */
    Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder);

    /** Whether the studio offers to import the spec's indicators from a STIX bundle. */
    default boolean importsIndicatorBundles() {
        return false;
    }
}
