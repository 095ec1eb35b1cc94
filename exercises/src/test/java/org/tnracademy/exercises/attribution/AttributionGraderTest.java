package org.tnracademy.exercises.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.ItemResponse;
import org.tnracademy.exercises.LocalizedText;

class AttributionGraderTest {

    static final AttributionSpec SPEC = AttributionSpec.of(List.of("@ash_syn", "@birch_syn", "@cedar_syn",
            "@dune_syn", "@elm_syn", "@fern_syn"));
    static final AttributionKey KEY = AttributionKey.validated(SPEC, List.of(
            new AttributionKey.Operator(List.of("@ash_syn", "@birch_syn", "@cedar_syn"), LocalizedText.of("Created together.", "Créés ensemble.")),
            new AttributionKey.Operator(List.of("@dune_syn", "@elm_syn"), null)));

    private final AttributionGrader grader = new AttributionGrader();

    @Test
    void theKeysOwnGroupingScoresOneWhateverTheOrderOfGroupsAndMembers() {
        AttributionResult result = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(
                List.of("@elm_syn", "@dune_syn"), List.of("@cedar_syn", "@ash_syn", "@birch_syn"), List.of("@fern_syn"))));
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.adjustedRand()).isEqualTo(1.0);
        assertThat(result.accounts()).allMatch(AccountOutcome::exact);
        assertThat(result.wronglyJoinedCount() + result.wronglySplitCount()).isZero();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aSplitNetworkAndAWrongJoinAreNamedAsPairsByHandle() {
        AttributionResult result = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(
                List.of("@ash_syn", "@birch_syn"), List.of("@cedar_syn", "@dune_syn", "@elm_syn"))));
        // fern is alone in the key and in the answer: out of play
        assertThat(result.precision()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(result.recall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(result.adjustedRand()).isCloseTo((2 - 16.0 / 15) / (4 - 16.0 / 15), within(1e-9));
        assertThat(result.wronglyJoined()).containsExactly(new AccountPair("@cedar_syn", "@dune_syn"),
                new AccountPair("@cedar_syn", "@elm_syn"));
        assertThat(result.wronglySplit()).containsExactly(new AccountPair("@ash_syn", "@cedar_syn"),
                new AccountPair("@birch_syn", "@cedar_syn"));
        assertThat(result.accounts()).extracting(AccountOutcome::account, AccountOutcome::exact).containsExactly(
                org.assertj.core.groups.Tuple.tuple("@ash_syn", false), org.assertj.core.groups.Tuple.tuple("@birch_syn", false),
                org.assertj.core.groups.Tuple.tuple("@cedar_syn", false), org.assertj.core.groups.Tuple.tuple("@dune_syn", false),
                org.assertj.core.groups.Tuple.tuple("@elm_syn", false), org.assertj.core.groups.Tuple.tuple("@fern_syn", true));
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.accounts().first())
                .containsExactly("@ash_syn", "@birch_syn", "@cedar_syn"));
    }

    @Test
    void accountsLeftAloneRightlyDoNotLiftAGroupingThatJoinsNothing() {
        // the reader refuses it; the grader still scores it as B-cubed over the accounts in play would
        AttributionResult alone = grader.grade(SPEC, KEY, new AttributionAnswer(List.of()));
        // in play: the five accounts of the two operators; recall 1/3 for three, 1/2 for two
        assertThat(alone.precision()).isEqualTo(1.0);
        assertThat(alone.recall()).isCloseTo(2.0 / 5, within(1e-9));
        assertThat(alone.score()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(alone.adjustedRand()).isZero();
        // a decoy joined to nothing of its own changes nothing; joined to a network it costs precision
        AttributionResult decoyJoined = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(
                List.of("@ash_syn", "@birch_syn", "@cedar_syn", "@fern_syn"), List.of("@dune_syn", "@elm_syn"))));
        assertThat(decoyJoined.recall()).isEqualTo(1.0);
        assertThat(decoyJoined.precision()).isCloseTo((3 * 0.75 + 0.25 + 2) / 6, within(1e-9));
    }

    @Test
    void lumpingEveryoneTogetherKeepsRecallAndLosesPrecision() {
        AttributionResult result = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(SPEC.accounts())));
        assertThat(result.recall()).isEqualTo(1.0);
        // 3 accounts see 3 of 6 right, 2 see 2, 1 sees 1: (3·3 + 2·2 + 1) / 36
        assertThat(result.precision()).isCloseTo(14.0 / 36, within(1e-9));
        assertThat(result.adjustedRand()).isEqualTo(0.0);
        assertThat(result.wronglyJoinedCount()).isEqualTo(15 - 4);
    }

    @Test
    void pairsAreCountedAllButListedUpToTheBound() {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            accounts.add("@acct" + i + "_syn");
        }
        AttributionSpec spec = AttributionSpec.of(accounts);
        // two operators of 20; the learner puts all 40 together
        AttributionKey key = AttributionKey.validated(spec, List.of(
                new AttributionKey.Operator(accounts.subList(0, 20), null),
                new AttributionKey.Operator(accounts.subList(20, 40), null)));
        AttributionResult result = grader.grade(spec, key, AttributionAnswer.of(spec, List.of(accounts)));
        assertThat(result.wronglyJoinedCount()).isEqualTo(400);
        assertThat(result.wronglyJoined()).hasSize(AttributionGrader.LISTED_PAIRS)
                .allSatisfy(p -> assertThat(p.first()).isEqualTo("@acct0_syn"));
        assertThat(result.accounts().getFirst().expectedWith().count()).isEqualTo(19);
        assertThat(result.accounts().getFirst().expectedWith().first()).hasSize(Handles.KEPT);
    }

    @Test
    void withheldFeedbackHidesWhomAWrongAccountBelongsWithAndTheSplitPairs() {
        AttributionResult result = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(
                List.of("@ash_syn", "@birch_syn"), List.of("@cedar_syn", "@dune_syn", "@elm_syn")))).withheld();
        assertThat(result.wronglySplit()).isEmpty();
        assertThat(result.wronglySplitCount()).isEqualTo(2);
        assertThat(result.wronglyJoined()).hasSize(2);
        assertThat(result.notes()).isEmpty();
        assertThat(result.accounts()).filteredOn(a -> !a.exact()).allSatisfy(a ->
                assertThat(a.expectedWith()).isEqualTo(Handles.NONE));
        assertThat(result.accounts().getFirst().givenWith().first()).containsExactly("@birch_syn");
    }

    @Test
    void itemAnalysisHasOneItemPerAccountRightOnlyWithExactlyItsCoMembers() {
        AttributionType type = new AttributionType();
        AttributionResult result = grader.grade(SPEC, KEY, AttributionAnswer.of(SPEC, List.of(
                List.of("@ash_syn", "@birch_syn", "@cedar_syn"), List.of("@dune_syn"))));
        List<ItemResponse> items = type.itemResponses(result);
        assertThat(items).extracting(ItemResponse::itemId).containsExactlyElementsOf(SPEC.accounts());
        assertThat(items).extracting(ItemResponse::credit).containsExactly(1.0, 1.0, 1.0, 0.0, 0.0, 1.0);
        assertThat(items.get(3).expected()).isEqualTo("@dune_syn, @elm_syn");
        assertThat(items.get(3).given()).isEqualTo("@dune_syn");
        assertThat(items.get(0).given()).isEqualTo("@ash_syn, @birch_syn, @cedar_syn");
        assertThat(type.itemNaming(SPEC, SPEC.accounts()).items().get("@dune_syn").text().in(java.util.Locale.ENGLISH))
                .isEqualTo("@dune_syn");
    }
}
