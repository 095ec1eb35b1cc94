package org.tnracademy.ui.exercise.labelling;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link LabellingType} exercise type: its workspace and feedback. */
public final class LabellingUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return LabellingType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new LabellingWorkspace(sheet, datasets);
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new LabellingFeedback(sheet.labels(), (LabellingResult) result, revealKey, itemOrder);
    }
}
