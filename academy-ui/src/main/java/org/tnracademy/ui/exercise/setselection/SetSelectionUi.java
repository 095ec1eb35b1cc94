package org.tnracademy.ui.exercise.setselection;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.setselection.SetSelectionType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link SetSelectionType} exercise type: its workspace and feedback. */
public final class SetSelectionUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return SetSelectionType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new SetSelectionWorkspace(sheet.spec(SetSelectionSpec.class), datasets, sheet.datasetId());
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new SetSelectionFeedback((SetSelectionResult) result, revealKey, itemOrder);
    }
}
