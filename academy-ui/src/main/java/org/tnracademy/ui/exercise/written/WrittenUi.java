package org.tnracademy.ui.exercise.written;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link WrittenType} exercise type: its workspace and feedback. A written analysis waiting for its grade has no result: the feedback shows the rubric and "pending". */
public final class WrittenUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return WrittenType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new WrittenWorkspace(sheet.spec(WrittenSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new WrittenFeedback(sheet.spec(WrittenSpec.class), (WrittenResult) result, revealKey);
    }
}
