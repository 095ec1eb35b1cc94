package org.tnracademy.ui.exercise.attribution;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.attribution.AttributionResult;
import org.tnracademy.exercises.attribution.AttributionSpec;
import org.tnracademy.exercises.attribution.AttributionType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link AttributionType} exercise type: its workspace and feedback. */
public final class AttributionUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return AttributionType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new AttributionWorkspace(sheet.spec(AttributionSpec.class), datasets, sheet.datasetId());
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new AttributionFeedback((AttributionResult) result, revealKey);
    }
}
