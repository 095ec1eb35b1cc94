package org.tnracademy.ui.exercise.indicators;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link IndicatorsType} exercise type: its workspace and feedback. */
public final class IndicatorsUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return IndicatorsType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new IndicatorsWorkspace(sheet.spec(IndicatorsSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new IndicatorsFeedback((IndicatorsResult) result, sheet.spec(IndicatorsSpec.class), revealKey);
    }

    @Override
    public boolean importsIndicatorBundles() {
        return true;
    }
}
