package org.tnracademy.ui.exercise.choice;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.choice.ChoiceType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link ChoiceType} exercise type: its workspace and feedback. */
public final class ChoiceUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return ChoiceType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new ChoiceWorkspace(sheet.spec(ChoiceSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new ChoiceFeedback(sheet.spec(ChoiceSpec.class), (ChoiceResult) result, revealKey);
    }
}
