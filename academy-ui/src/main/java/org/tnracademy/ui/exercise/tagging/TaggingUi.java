package org.tnracademy.ui.exercise.tagging;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.tagging.TaggingSpec;
import org.tnracademy.exercises.tagging.TaggingType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link TaggingType} exercise type: its workspace and feedback. */
public final class TaggingUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return TaggingType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new TaggingWorkspace(sheet.spec(TaggingSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new TaggingFeedback((TaggingResult) result, revealKey);
    }
}
