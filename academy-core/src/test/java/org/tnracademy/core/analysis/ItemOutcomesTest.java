package org.tnracademy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.estimate.EstimateResult;
import org.tnracademy.exercises.estimate.GeoPoint;
import org.tnracademy.exercises.estimate.NumberValue;
import org.tnracademy.exercises.estimate.QuestionFeedback;
import org.tnracademy.exercises.estimate.QuestionKind;
import org.tnracademy.exercises.shortanswer.BlankFeedback;
import org.tnracademy.exercises.shortanswer.ShortAnswerResult;
import org.tnracademy.exercises.spans.SpanCounts;
import org.tnracademy.exercises.spans.SpanFeedback;
import org.tnracademy.exercises.spans.SpanOutcome;
import org.tnracademy.exercises.spans.SpansResult;
import org.tnracademy.exercises.tagging.TagOutcome;
import org.tnracademy.exercises.tagging.TaggingResult;
import org.tnracademy.exercises.tagging.TechniqueFeedback;
import org.tnracademy.exercises.timeline.EventFeedback;
import org.tnracademy.exercises.timeline.TimelineResult;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.written.CriterionScore;
import org.tnracademy.exercises.written.WrittenResult;

/** Each type's stored result split into items, built by hand as the graders would store them. */
class ItemOutcomesTest {

    private static final LocalizedText WHY = LocalizedText.of("Why", "Pourquoi");
    private static final SpanCounts NO_COUNTS = new SpanCounts(0, 0, 0, 0, 0, 0);

    @Test
    void everyExerciseTypeIsItemAnalysable() {
        assertThat(ExerciseTypes.ids()).allMatch(ItemOutcomes::supports);
        assertThat(ItemOutcomes.supports("no-such-type")).isFalse();
    }

    private static SpanFeedback span(int start, SpanOutcome outcome, String givenCategory) {
        return new SpanFeedback("post-1", start, start + 5, "phone", "55501", outcome,
                givenCategory == null ? null : start, givenCategory == null ? null : start + 5, givenCategory,
                givenCategory == null ? 0 : 0.3, WHY);
    }

    @Test
    void aKeySpanIsRightWhenMatchedExactlyOrByEnoughOverlap() {
        SpansResult result = new SpansResult(0.4, 0.5, NO_COUNTS, NO_COUNTS, List.of(), List.of(
                span(0, SpanOutcome.EXACT, "phone"), span(10, SpanOutcome.OVERLAP, "phone"),
                span(20, SpanOutcome.PARTIAL, "phone"), span(30, SpanOutcome.WRONG_CATEGORY, "address"),
                span(40, SpanOutcome.MISSED, null)), List.of());

        List<ItemOutcome> items = ItemOutcomes.of(result);

        assertThat(items).extracting(ItemOutcome::itemId).containsExactly("post-1:0-5 55501", "post-1:10-15 55501",
                "post-1:20-25 55501", "post-1:30-35 55501", "post-1:40-45 55501");
        assertThat(items).extracting(ItemOutcome::correct).containsExactly(true, true, false, false, false);
        assertThat(items).extracting(ItemOutcome::given)
                .containsExactly("phone", "phone", "~phone", "address", ItemOutcome.NOTHING);
        assertThat(items).extracting(ItemOutcome::expected).containsOnly("phone");
    }

    @Test
    void anEventIsRightWhenPlacedWithinItsPositions() {
        TimelineResult result = new TimelineResult(0.5, 1, 1, 3, 2, 3, List.of(
                new EventFeedback("e1", "2026-01-01T00:00:00Z", 1, 1, 1, true, 0, WHY),
                new EventFeedback("e2", "2026-01-02T00:00:00Z", 2, 3, 3, false, 1, WHY),
                new EventFeedback("e3", "2026-01-02T00:00:00Z", 2, 3, null, false, 0, WHY)));

        List<ItemOutcome> items = ItemOutcomes.of(result);

        assertThat(items).extracting(ItemOutcome::itemId).containsExactly("e1", "e2", "e3");
        assertThat(items).extracting(ItemOutcome::expected).containsExactly("1", "2-3", "2-3");
        assertThat(items).extracting(ItemOutcome::given).containsExactly("1", "3", ItemOutcome.NOTHING);
        assertThat(items).extracting(ItemOutcome::correct).containsExactly(true, false, false);
    }

    @Test
    void anEstimateIsRightOnlyWithFullCreditAndCarriesItsError() {
        EstimateResult result = new EstimateResult(0.5, 2, 3, List.of(
                new QuestionFeedback("where", QuestionKind.LOCATION, 1, 3.5, "km", true,
                        new GeoPoint(12.5, -3.25), new GeoPoint(12.52, -3.25), WHY),
                new QuestionFeedback("how-many", QuestionKind.NUMBER, 0.5, 40.0, "followers", false,
                        new NumberValue(1200), new NumberValue(1240), WHY),
                new QuestionFeedback("when", QuestionKind.NUMBER, 0, null, "days", false,
                        new NumberValue(3), null, WHY)));

        List<ItemOutcome> items = ItemOutcomes.of(result);

        assertThat(items).extracting(ItemOutcome::correct).containsExactly(true, false, false);
        assertThat(items).extracting(ItemOutcome::expected).containsExactly("12.5, -3.25", "1200", "3");
        assertThat(items).extracting(ItemOutcome::given).containsExactly("12.52, -3.25", "1240", ItemOutcome.NOTHING);
        assertThat(items).extracting(ItemOutcome::error).containsExactly(3.5, 40.0, null);
        assertThat(items).extracting(ItemOutcome::errorUnit).containsExactly("km", "followers", null);
    }

    @Test
    void theMeanErrorOfAnEstimateQuestionCountsOnlyThoseWhoAnswered() {
        List<ItemStatistics.Responses> cohort = new ArrayList<>();
        double[] errors = {10, 30, 50};
        for (int i = 0; i < errors.length; i++) {
            cohort.add(new ItemStatistics.Responses(i, 0.5, ItemOutcomes.of(new EstimateResult(0.5, 1, 1, List.of(
                    new QuestionFeedback("where", QuestionKind.LOCATION, i == 0 ? 1 : 0.2, errors[i], "km",
                            i == 0, new GeoPoint(1, 1), new GeoPoint(1, 2), WHY))))));
        }
        cohort.add(new ItemStatistics.Responses(9, 0, ItemOutcomes.of(new EstimateResult(0, 0, 1, List.of(
                new QuestionFeedback("where", QuestionKind.LOCATION, 0, null, "km", false, new GeoPoint(1, 1),
                        null, WHY))))));

        ItemStats where = ItemStatistics.compute(cohort, false).getFirst();

        assertThat(where.answered()).isEqualTo(4);
        assertThat(where.difficulty()).isEqualTo(0.25);
        assertThat(where.meanError()).isCloseTo(30.0, within(1e-9));
        assertThat(where.errorUnit()).isEqualTo("km");
        assertThat(where.commonWrong()).extracting(ItemStats.AnswerCount::answer)
                .containsExactly("1, 2", ItemOutcome.NOTHING);
    }

    private static TechniqueFeedback technique(String id, String tactic, TagOutcome outcome) {
        return new TechniqueFeedback(id, tactic, LocalizedText.of(id, id), outcome,
                outcome == TagOutcome.MATCHED ? 1 : outcome == TagOutcome.SAME_TACTIC ? 0.5 : 0,
                outcome == TagOutcome.MATCHED || outcome == TagOutcome.MISSED ? WHY : null);
    }

    @Test
    void onlyKeyTechniquesAreItemsAndAMissOneNamesTheSameTacticTagGivenInstead() {
        TaggingResult result = new TaggingResult(0.4, List.of(
                technique("T1001", "recon", TagOutcome.MATCHED),
                technique("T1002", "recon", TagOutcome.MISSED),
                technique("T1003", "recon", TagOutcome.SAME_TACTIC),
                technique("T2001", "pressure", TagOutcome.MISSED),
                technique("T9001", "spoofing", TagOutcome.WRONG)), 1, 2, 1, 1);

        List<ItemOutcome> items = ItemOutcomes.of(result);

        assertThat(items).extracting(ItemOutcome::itemId).containsExactly("T1001", "T1002", "T2001");
        assertThat(items).extracting(ItemOutcome::correct).containsExactly(true, false, false);
        assertThat(items).extracting(ItemOutcome::given).containsExactly("T1001", "T1003", ItemOutcome.NOTHING);
    }

    @Test
    void aBlankIsRightOrWrongAndWrongAnswersDifferingInCaseOrSpacingCountAsOne() {
        ShortAnswerResult result = new ShortAnswerResult(1.0 / 3, List.of(
                new BlankFeedback("handle", "  Fake  Account ", false, List.of("sock puppet", "sockpuppet"), WHY),
                new BlankFeedback("date", "2026-03-01", true, List.of(), WHY),
                new BlankFeedback("country", "", false, List.of("Freedonia"), WHY)), 1, 3);

        List<ItemOutcome> items = ItemOutcomes.of(result);

        assertThat(items).extracting(ItemOutcome::itemId).containsExactly("handle", "date", "country");
        assertThat(items).extracting(ItemOutcome::expected)
                .containsExactly("sock puppet | sockpuppet", ItemOutcomes.PATTERN_ONLY, "Freedonia");
        assertThat(items).extracting(ItemOutcome::given)
                .containsExactly("fake account", "2026-03-01", ItemOutcome.NOTHING);
        assertThat(items).extracting(ItemOutcome::correct).containsExactly(false, true, false);
    }

    private static WrittenResult written(int sourcing, int attribution) {
        return new WrittenResult((sourcing + attribution) / 6.0, sourcing + attribution, 6, List.of(
                new CriterionScore("sourcing", WHY, sourcing, 4, null),
                new CriterionScore("attribution", WHY, attribution, 2, null)), "");
    }

    @Test
    void aRubricCriterionIsCreditedPointsOverMaximum() {
        List<ItemOutcome> items = ItemOutcomes.of(written(3, 2));

        assertThat(items).extracting(ItemOutcome::itemId).containsExactly("sourcing", "attribution");
        assertThat(items).extracting(ItemOutcome::credit).containsExactly(0.75, 1.0);
        assertThat(items).extracting(ItemOutcome::given).containsExactly("3/4", "2/2");
        assertThat(items).extracting(ItemOutcome::correct).containsExactly(false, true);
    }

    @Test
    void aRubricCriterionsDifficultyIsItsMeanPointsOverMaximum() {
        List<ItemStatistics.Responses> cohort = new ArrayList<>();
        int[] sourcing = {4, 4, 3, 1, 0, 0, 2, 2};
        for (int i = 0; i < sourcing.length; i++) {
            WrittenResult r = written(sourcing[i], 1);
            cohort.add(new ItemStatistics.Responses(i, r.score(), ItemOutcomes.of(r)));
        }

        ItemStats s = ItemStatistics.compute(cohort, false).getFirst();

        assertThat(s.itemId()).isEqualTo("sourcing");
        assertThat(s.difficulty()).isCloseTo(16.0 / (8 * 4), within(1e-12));
        // groups of 2: the top two scored 4 and 4, the bottom two 0 and 0
        assertThat(s.upperCorrect()).isEqualTo(1.0);
        assertThat(s.lowerCorrect()).isEqualTo(0.0);
        assertThat(s.discrimination()).isEqualTo(1.0);
        assertThat(s.keyMayBeWrong()).isFalse();
        assertThat(s.meanError()).isNull();
    }

    @Test
    void aStoredResultOfAnUnknownKindIsRefusedByName() {
        record Odd(double score) implements GradeResult {
            @Override
            public org.tnracademy.exercises.ScoringRule scoringRule() {
                return org.tnracademy.exercises.ScoringRule.WRITTEN_RUBRIC_POINTS;
            }

            @Override
            public GradeResult withheld() {
                return this;
            }
        }
        GradeResult odd = new Odd(0.5);

        assertThatThrownBy(() -> ItemOutcomes.of(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no item analysis for results of type");
    }
}
