package org.tnracademy.ui.exercise.timeline;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.exercises.timeline.TimelineType;
import org.tnracademy.ui.exercise.types.ExerciseTypeUi;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/** The UI of the {@link TimelineType} exercise type: its workspace and feedback. */
public final class TimelineUi implements ExerciseTypeUi {

    @Override
    public String typeId() {
        return TimelineType.ID;
    }

    @Override
    public AnswerWorkspace workspace(ExerciseSheet sheet, DatasetService datasets) {
        return new TimelineWorkspace(sheet.spec(TimelineSpec.class));
    }

    @Override
    public Component feedback(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        return new TimelineFeedback((TimelineResult) result, sheet.spec(TimelineSpec.class), revealKey);
    }
}
