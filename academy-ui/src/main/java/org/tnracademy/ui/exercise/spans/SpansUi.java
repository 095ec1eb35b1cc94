package org.tnracademy.ui.exercise.spans;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.spans.SpansType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link SpansType} exercise type: its workspace and feedback. */
public final class SpansUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return SpansType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new SpansWorkspace(sheet.spec(SpansSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new SpansFeedback((SpansResult) result, sheet.spec(SpansSpec.class), revealKey);
    }
}
