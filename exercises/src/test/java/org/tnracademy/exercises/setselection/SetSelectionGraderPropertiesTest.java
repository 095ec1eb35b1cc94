package org.tnracademy.exercises.setselection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.SeededCases;

/**
 * Invariants of the set-selection grader over 300 random datasets, keys and choices, each
 * generated from its own fixed seed so a failure names the seed that reproduces it.
 */
class SetSelectionGraderPropertiesTest {

    private final SetSelectionGrader grader = new SetSelectionGrader();

    record Case(long seed, SetSelectionSpec spec, SetSelectionKey key, List<String> chosen) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(SetSelectionGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int count = 2 + random.nextInt(60);
        List<String> items = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        int guaranteed = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            String item = "acct-" + i;
            items.add(item);
            if (i == guaranteed || random.nextInt(3) == 0) {
                selected.add(item);
            }
            if (random.nextInt(3) == 0) {
                chosen.add(item);
            }
        }
        SelectionMetric metric = random.nextBoolean() ? SelectionMetric.F1 : SelectionMetric.JACCARD;
        SetSelectionSpec spec = SetSelectionSpec.of(items, metric);
        return new Case(seed, spec, SetSelectionKey.validated(spec, selected, Map.of()), chosen);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        SetSelectionResult result = grade(c, c.key().selected());
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.missed()).isEmpty();
        assertThat(result.wronglyClaimed()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grade(c, List.of()).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreAndMeasureLiesBetweenZeroAndOne(Case c) {
        SetSelectionResult r = grade(c, c.chosen());
        assertThat(List.of(r.score(), r.precision(), r.recall(), r.f1(), r.jaccard()))
                .allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void jaccardIsNeverAboveF1AndFollowsFromIt(Case c) {
        SetSelectionResult r = grade(c, c.chosen());
        // J = F1 / (2 - F1) for the same counts
        assertThat(r.jaccard()).isLessThanOrEqualTo(r.f1());
        assertThat(r.jaccard()).isCloseTo(r.f1() / (2 - r.f1()), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchedMissedAndWronglyClaimedPartitionTheKeyAndTheChoiceInDatasetOrder(Case c) {
        SetSelectionResult r = grade(c, c.chosen());
        assertThat(r.matched().size() + r.missed().size()).isEqualTo(c.key().selected().size());
        assertThat(r.matched().size() + r.wronglyClaimed().size()).isEqualTo(c.chosen().size());
        assertThat(r.matched()).isSortedAccordingTo(inSpecOrder(c));
        assertThat(r.missed()).isSortedAccordingTo(inSpecOrder(c));
        assertThat(r.wronglyClaimed()).isSortedAccordingTo(inSpecOrder(c));
        assertThat(r.items()).extracting(SelectionFeedback::itemId).isSortedAccordingTo(inSpecOrder(c));
        assertThat(r.items()).hasSize(r.matched().size() + r.missed().size() + r.wronglyClaimed().size());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheChoiceDoesNotMatter(Case c) {
        List<String> shuffled = new ArrayList<>(c.chosen());
        Collections.shuffle(shuffled, new Random(~c.seed()));
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.chosen()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.chosen()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("08b74529e7c5c8aa8cae112dc623efff468b92f6b3fa73c781ce985e058884fe");
    }

    private static Comparator<String> inSpecOrder(Case c) {
        return Comparator.comparingInt(c.spec().items()::indexOf);
    }

    private SetSelectionResult grade(Case c, List<String> chosen) {
        return grader.grade(c.spec(), c.key(), SetSelectionAnswer.of(c.spec(), chosen));
    }
}
