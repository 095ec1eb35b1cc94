package org.tnracademy.exercises.setselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tnracademy.exercises.Trees.list;
import static org.tnracademy.exercises.Trees.map;
import static org.tnracademy.exercises.Trees.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SetSelectionGraderTest {

    static final Map<String, Object> SPEC_TREE = map("items", list("acct-01", "acct-02", "acct-03", "acct-04",
            "acct-05", "acct-06", "acct-07", "acct-08", "acct-09", "acct-10"));
    static final SetSelectionSpec SPEC = SetSelectionSpec.fromMap(SPEC_TREE);
    static final SetSelectionKey KEY = SetSelectionKey.fromMap(SPEC, map(
            "selected", list("acct-07", "acct-02", "acct-05", "acct-03"),
            "explanations", map(
                    "acct-02", text("Created the same hour as acct-03 and reposts it within seconds."),
                    "acct-08", text("Shares the campaign's hashtag but writes its own posts: a decoy."))));

    private final SetSelectionGrader grader = new SetSelectionGrader();

    @Test
    void workedExampleScoresF1ByDefault() {
        SetSelectionResult result = grade(SPEC, "acct-09", "acct-05", "acct-03", "acct-08", "acct-07");

        // key {02, 03, 05, 07}; chosen {03, 05, 07, 08, 09}
        // tp 3 (03, 05, 07), fp 2 (08, 09), fn 1 (02)
        // precision 3/5, recall 3/4, F1 = 2*3 / (2*3 + 2 + 1) = 2/3, Jaccard = 3 / (3 + 2 + 1) = 1/2
        assertThat(result.metric()).isEqualTo(SelectionMetric.F1);
        assertThat(result.score()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(result.precision()).isCloseTo(0.6, within(1e-12));
        assertThat(result.recall()).isEqualTo(0.75);
        assertThat(result.f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(result.jaccard()).isEqualTo(0.5);
        assertThat(result.matched()).containsExactly("acct-03", "acct-05", "acct-07");
        assertThat(result.missed()).containsExactly("acct-02");
        assertThat(result.wronglyClaimed()).containsExactly("acct-08", "acct-09");
    }

    @Test
    void theJaccardMetricScoresTheSameChoiceMoreHarshly() {
        SetSelectionSpec jaccard = SetSelectionSpec.fromMap(map("items", SPEC_TREE.get("items"), "metric", "jaccard"));
        SetSelectionResult result = grade(jaccard, "acct-09", "acct-05", "acct-03", "acct-08", "acct-07");
        // 3 / (3 + 2 + 1) = 0.5, below F1's 2/3
        assertThat(result.score()).isEqualTo(0.5);
    }

    @Test
    void feedbackCoversEveryItemMatchedMissedOrWronglyClaimedSortedById() {
        SetSelectionResult result = grade(SPEC, "acct-09", "acct-05", "acct-03", "acct-08", "acct-07");
        assertThat(result.items()).extracting(SelectionFeedback::itemId, SelectionFeedback::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acct-02", ItemOutcome.MISSED),
                org.assertj.core.groups.Tuple.tuple("acct-03", ItemOutcome.MATCHED),
                org.assertj.core.groups.Tuple.tuple("acct-05", ItemOutcome.MATCHED),
                org.assertj.core.groups.Tuple.tuple("acct-07", ItemOutcome.MATCHED),
                org.assertj.core.groups.Tuple.tuple("acct-08", ItemOutcome.WRONGLY_CLAIMED),
                org.assertj.core.groups.Tuple.tuple("acct-09", ItemOutcome.WRONGLY_CLAIMED));
        assertThat(result.items().getFirst().explanation().in(Locale.ENGLISH)).startsWith("Created the same hour");
        assertThat(result.items().get(4).explanation().in(Locale.FRENCH)).endsWith("a decoy. (fr)");
        assertThat(result.items().get(5).explanation()).isNull();
    }

    @Test
    void choosingEverythingIsNotRewardedLikeChoosingRight() {
        SetSelectionResult result = grade(SPEC, SPEC.items().toArray(String[]::new));
        // tp 4, fp 6, fn 0: F1 = 8 / (8 + 6) = 4/7; recall 1, precision 0.4
        assertThat(result.score()).isCloseTo(4.0 / 7.0, within(1e-12));
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.precision()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void choosingNothingScoresZeroWithEveryKeyItemMissed() {
        SetSelectionResult result = grade(SPEC);
        assertThat(result.score()).isZero();
        assertThat(result.precision()).isZero();
        assertThat(result.missed()).containsExactly("acct-02", "acct-03", "acct-05", "acct-07");
    }

    @Test
    void answersReadFromATreeGradeLikeTheSameAnswerBuiltInJava() {
        SetSelectionAnswer read = SetSelectionAnswer.fromMap(SPEC, map("chosen", list("acct-02", "acct-04")));
        assertThat(grader.grade(SPEC, KEY, read)).isEqualTo(grade(SPEC, "acct-04", "acct-02"));
    }

    private SetSelectionResult grade(SetSelectionSpec spec, String... chosen) {
        return grader.grade(spec, KEY, SetSelectionAnswer.of(spec, List.of(chosen)));
    }
}
