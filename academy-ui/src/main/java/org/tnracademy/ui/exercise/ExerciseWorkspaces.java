package org.tnracademy.ui.exercise;

import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.setselection.SetSelectionSpec;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.tagging.TaggingSpec;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.exercises.choice.ChoiceType;
import org.tnracademy.exercises.estimate.EstimateType;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.exercises.labelling.LabellingType;
import org.tnracademy.exercises.setselection.SetSelectionType;
import org.tnracademy.exercises.shortanswer.ShortAnswerType;
import org.tnracademy.exercises.spans.SpansType;
import org.tnracademy.exercises.tagging.TaggingType;
import org.tnracademy.exercises.timeline.TimelineType;
import org.tnracademy.exercises.written.WrittenType;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.exercise.choice.ChoiceWorkspace;
import org.tnracademy.ui.exercise.estimate.EstimateWorkspace;
import org.tnracademy.ui.exercise.indicators.IndicatorsWorkspace;
import org.tnracademy.ui.exercise.labelling.LabellingWorkspace;
import org.tnracademy.ui.exercise.setselection.SetSelectionWorkspace;
import org.tnracademy.ui.exercise.shortanswer.ShortAnswerWorkspace;
import org.tnracademy.ui.exercise.spans.SpansWorkspace;
import org.tnracademy.ui.exercise.tagging.TaggingWorkspace;
import org.tnracademy.ui.exercise.timeline.TimelineWorkspace;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;
import org.tnracademy.ui.exercise.written.WrittenWorkspace;

/** The workspace each exercise type is worked in, built from the sheet a learner may see. */
final class ExerciseWorkspaces {

    private ExerciseWorkspaces() {
    }

    static AnswerWorkspace create(ExerciseSheet sheet, DatasetService datasets) {
        return switch (sheet.type()) {
            case LabellingType.ID -> new LabellingWorkspace(sheet, datasets);
            case ChoiceType.ID -> new ChoiceWorkspace(sheet.spec(ChoiceSpec.class));
            case ShortAnswerType.ID -> new ShortAnswerWorkspace(sheet.spec(ShortAnswerSpec.class));
            case TaggingType.ID -> new TaggingWorkspace(sheet.spec(TaggingSpec.class));
            case WrittenType.ID -> new WrittenWorkspace(sheet.spec(WrittenSpec.class));
            case EstimateType.ID -> new EstimateWorkspace(sheet.spec(EstimateSpec.class), sheet.pictures());
            case SetSelectionType.ID -> new SetSelectionWorkspace(sheet.spec(SetSelectionSpec.class), datasets,
                    sheet.datasetId());
            case SpansType.ID -> new SpansWorkspace(sheet.spec(SpansSpec.class));
            case IndicatorsType.ID -> new IndicatorsWorkspace(sheet.spec(IndicatorsSpec.class));
            case TimelineType.ID -> new TimelineWorkspace(sheet.spec(TimelineSpec.class));
            default -> throw new IllegalArgumentException("no workspace for exercise type '" + sheet.type() + "'");
        };
    }
}
