package org.tnracademy.ui.exercise;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.timeline.TimelineResult;
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
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.exercise.choice.ChoiceFeedback;
import org.tnracademy.ui.exercise.estimate.EstimateFeedback;
import org.tnracademy.ui.exercise.indicators.IndicatorsFeedback;
import org.tnracademy.ui.exercise.labelling.LabellingFeedback;
import org.tnracademy.ui.exercise.setselection.SetSelectionFeedback;
import org.tnracademy.ui.exercise.shortanswer.ShortAnswerFeedback;
import org.tnracademy.ui.exercise.spans.SpansFeedback;
import org.tnracademy.ui.exercise.tagging.TaggingFeedback;
import org.tnracademy.ui.exercise.timeline.TimelineFeedback;
import org.tnracademy.ui.exercise.written.WrittenFeedback;

/**
 * The feedback each exercise type shows for an attempt. {@code revealKey} is true only once no
 * attempt is left: before that, feedback on wrong items keeps the expected answer to itself.
 */
final class ExerciseFeedbacks {

    private ExerciseFeedbacks() {
    }

    static Component create(ExerciseSheet sheet, GradedAttempt attempt, boolean revealKey, List<String> itemOrder) {
        return create(sheet, attempt.pending() ? null : attempt.result(), revealKey, itemOrder);
    }

    /** The feedback for a type's result; null result only for a written analysis still waiting for its grade. */
    static Component create(ExerciseSheet sheet, GradeResult result, boolean revealKey) {
        return create(sheet, result, revealKey, List.of());
    }

    /** @param itemOrder the dataset's item keys in its order, to name items by their place; may be empty */
    static Component create(ExerciseSheet sheet, GradeResult result, boolean revealKey, List<String> itemOrder) {
        if (sheet.type().equals(WrittenType.ID)) {
            // a pending analysis has no result yet: the feedback shows the rubric and "pending"
            return new WrittenFeedback(sheet.spec(WrittenSpec.class), (WrittenResult) result, revealKey);
        }
        Results typed = new Results(result);
        return switch (sheet.type()) {
            case LabellingType.ID -> new LabellingFeedback(sheet.labels(), typed.result(LabellingResult.class),
                    revealKey, itemOrder);
            case ChoiceType.ID -> new ChoiceFeedback(sheet.spec(ChoiceSpec.class), typed.result(ChoiceResult.class),
                    revealKey);
            case ShortAnswerType.ID -> new ShortAnswerFeedback(sheet.spec(ShortAnswerSpec.class),
                    typed.result(ShortAnswerResult.class), revealKey);
            case TaggingType.ID -> new TaggingFeedback(typed.result(TaggingResult.class), revealKey);
            case EstimateType.ID -> new EstimateFeedback(sheet.spec(EstimateSpec.class),
                    typed.result(EstimateResult.class), revealKey, sheet.pictures());
            case SetSelectionType.ID -> new SetSelectionFeedback(typed.result(SetSelectionResult.class), revealKey);
            case SpansType.ID -> new SpansFeedback(typed.result(SpansResult.class), sheet.spec(SpansSpec.class),
                    revealKey);
            case IndicatorsType.ID -> new IndicatorsFeedback(typed.result(IndicatorsResult.class),
                    sheet.spec(IndicatorsSpec.class), revealKey);
            case TimelineType.ID -> new TimelineFeedback(typed.result(TimelineResult.class),
                    sheet.spec(TimelineSpec.class), revealKey);
            default -> throw new IllegalArgumentException("no feedback for exercise type '" + sheet.type() + "'");
        };
    }

    /** A grade result read as the type's record. */
    private record Results(GradeResult result) {
        <R extends GradeResult> R result(Class<R> type) {
            return type.cast(result);
        }
    }
}
