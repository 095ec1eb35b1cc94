package org.tnracademy.ui.cohort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.grading.GradedAttempt;
import org.tnracademy.exercises.choice.ChoiceResult;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.indicators.IndicatorsResult;
import org.tnracademy.exercises.labelling.LabellingResult;
import org.tnracademy.exercises.setselection.SetSelectionResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.written.WrittenResult;
import org.tnracademy.exercises.written.WrittenSpec;
import org.tnracademy.ui.exercise.LabellingFeedback;
import org.tnracademy.ui.exercise.choice.ChoiceFeedback;
import org.tnracademy.ui.exercise.estimate.EstimateFeedback;
import org.tnracademy.ui.exercise.indicators.IndicatorsFeedback;
import org.tnracademy.ui.exercise.setselection.SetSelectionFeedback;
import org.tnracademy.ui.exercise.shortanswer.ShortAnswerFeedback;
import org.tnracademy.ui.exercise.spans.SpansFeedback;
import org.tnracademy.ui.exercise.tagging.TaggingFeedback;
import org.tnracademy.ui.exercise.timeline.TimelineFeedback;
import org.tnracademy.ui.exercise.written.WrittenFeedback;

/**
 * The feedback a learner saw for one attempt, drawn by the learner's own feedback components: the
 * key of wrong items shows only where it showed to them, after their last attempt.
 */
final class AttemptFeedback {

    private AttemptFeedback() {
    }

    static Component of(Component page, ExerciseSheet sheet, GradedAttempt attempt) {
        boolean revealed = attempt.attemptsLeft() == 0;
        return switch (attempt.result()) {
            case null -> new Paragraph(page.getTranslation("cohorts.awaiting-review"));
            case LabellingResult r -> new LabellingFeedback(sheet, attempt);
            case ChoiceResult r -> new ChoiceFeedback(sheet.spec(ChoiceSpec.class), r, revealed);
            case SetSelectionResult r -> new SetSelectionFeedback(r, revealed);
            case IndicatorsResult r -> new IndicatorsFeedback(r, revealed);
            case SpansResult r -> new SpansFeedback(r, revealed);
            case TimelineResult r -> new TimelineFeedback(r, revealed);
            case TaggingResult r -> new TaggingFeedback(r, revealed);
            case EstimateResult r -> new EstimateFeedback(sheet.spec(EstimateSpec.class), r, revealed);
            case ShortAnswerResult r -> new ShortAnswerFeedback(sheet.spec(ShortAnswerSpec.class), r, revealed);
            case WrittenResult r -> new WrittenFeedback(sheet.spec(WrittenSpec.class), r, revealed);
            default -> new Paragraph(page.getTranslation("cohorts.no-feedback-view"));
        };
    }
}
