package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one-item probe against the grader's own output: what a learner with attempts left may be sent. */
class LabellingResultWithheldTest {

    private static final LabellingSpec SPEC = LabellingSpec.of(List.of("doxing", "harassment", "benign"));
    private static final LabellingKey KEY = LabellingGraderTest.key("i1", "doxing", "i2", "harassment",
            "i3", "benign");

    private final LabellingGrader grader = new LabellingGrader();

    @Test
    void labellingOneItemLeavesNoCellCountOrLabelThatNamesAnotherItemsRightLabel() {
        LabellingResult full = grader.grade(SPEC, KEY, new LabellingAnswer(Map.of("i1", "doxing")));
        assertThat(full.confusion().count("harassment", null)).as("the probe's cell").isEqualTo(1);

        LabellingResult withheld = full.withheld();

        assertThat(withheld.confusion()).isNull();
        assertThat(withheld.perLabel()).isEmpty();
        assertThat(withheld.items()).extracting(ItemFeedback::itemId, ItemFeedback::expectedLabel,
                ItemFeedback::givenLabel, ItemFeedback::correct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("i1", "doxing", "doxing", true),
                org.assertj.core.groups.Tuple.tuple("i2", null, null, false),
                org.assertj.core.groups.Tuple.tuple("i3", null, null, false));
        assertThat(withheld.items().get(1).explanation()).isNull();
        assertThat(withheld.score()).isEqualTo(full.score());
        assertThat(withheld.correctCount()).isEqualTo(1);
    }

    @Test
    void anAnswerWithEveryItemRightHasNothingToWithhold() {
        LabellingResult full = grader.grade(SPEC, KEY,
                new LabellingAnswer(Map.of("i1", "doxing", "i2", "harassment", "i3", "benign")));

        assertThat(full.withheld()).isEqualTo(full);
    }
}
