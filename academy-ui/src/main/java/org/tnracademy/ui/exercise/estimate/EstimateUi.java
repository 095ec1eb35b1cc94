package org.tnracademy.ui.exercise.estimate;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.estimate.EstimateType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link EstimateType} exercise type: its workspace and feedback. */
public final class EstimateUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return EstimateType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new EstimateWorkspace(sheet.spec(EstimateSpec.class), sheet.pictures());
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new EstimateFeedback(sheet.spec(EstimateSpec.class), (EstimateResult) result, revealKey, sheet.pictures());
    }
}
