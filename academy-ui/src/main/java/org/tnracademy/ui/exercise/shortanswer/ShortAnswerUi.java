package org.tnracademy.ui.exercise.shortanswer;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.exercises.shortanswer.ShortAnswerType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link ShortAnswerType} exercise type: its workspace and feedback. */
public final class ShortAnswerUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return ShortAnswerType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new ShortAnswerWorkspace(sheet.spec(ShortAnswerSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new ShortAnswerFeedback(sheet.spec(ShortAnswerSpec.class), (ShortAnswerResult) result, revealKey);
    }
}
