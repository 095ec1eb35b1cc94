package org.tnracademy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Difficulty, upper-lower discrimination, common wrong answers and the key-may-be-wrong flag. */
class ItemStatisticsTest {

    private static ItemStatistics.Responses learner(long id, double score, ItemOutcome... outcomes) {
        return new ItemStatistics.Responses(id, score, List.of(outcomes));
    }

    private static ItemOutcome right(String item) {
        return new ItemOutcome(item, "doxing", "doxing", true);
    }

    private static ItemOutcome wrong(String item, String given) {
        return new ItemOutcome(item, "doxing", given, false);
    }

    @Test
    void anItemStrongLearnersFailAndWeakOnesPassIsFlagged() {
        List<ItemStatistics.Responses> cohort = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cohort.add(learner(i, 0.9, right("easy"), wrong("suspect", "harassment")));
        }
        for (int i = 5; i < 10; i++) {
            cohort.add(learner(i, 0.2, wrong("easy", "benign"), right("suspect")));
        }

        List<ItemStats> stats = ItemStatistics.compute(cohort, false);

        ItemStats easy = stats.get(0);
        ItemStats suspect = stats.get(1);
        assertThat(ItemStatistics.groupSize(10)).isEqualTo(3);
        assertThat(easy.difficulty()).isEqualTo(0.5);
        assertThat(easy.discrimination()).isEqualTo(1.0);
        assertThat(easy.keyMayBeWrong()).isFalse();
        assertThat(suspect.discrimination()).isEqualTo(-1.0);
        assertThat(suspect.keyMayBeWrong()).isTrue();
        assertThat(suspect.strongAnswer()).isEqualTo("harassment");
        assertThat(suspect.commonWrong()).containsExactly(new ItemStats.AnswerCount("harassment", 5));
    }

    @Test
    void commonWrongAnswersComeMostFrequentFirstAndAtMostThree() {
        List<ItemStatistics.Responses> cohort = List.of(
                learner(1, 1, wrong("x", "a")), learner(2, 1, wrong("x", "b")), learner(3, 1, wrong("x", "b")),
                learner(4, 1, wrong("x", "c")), learner(5, 1, wrong("x", "c")), learner(6, 1, wrong("x", "c")),
                learner(7, 1, wrong("x", "d")), learner(8, 1, right("x")));

        ItemStats x = ItemStatistics.compute(cohort, false).getFirst();

        assertThat(x.commonWrong()).extracting(ItemStats.AnswerCount::answer).containsExactly("c", "b", "a");
        assertThat(x.difficulty()).isEqualTo(1.0 / 8);
    }

    @Test
    void anItemMissingFromASetSelectionResultWasRightlyLeftOut() {
        List<ItemStatistics.Responses> cohort = List.of(
                learner(1, 0.5, new ItemOutcome("acct-9", "not chosen", "chosen", false)),
                learner(2, 1.0));

        ItemStats item = ItemStatistics.compute(cohort, true).getFirst();

        assertThat(item.answered()).isEqualTo(2);
        assertThat(item.difficulty()).isEqualTo(0.5);
        assertThat(item.expected()).isEqualTo("not chosen");
    }

    @Test
    void anItemOutsideALearnersVariantWasNeverShownNotRightlyLeftOut() {
        List<ItemStatistics.Responses> cohort = List.of(
                new ItemStatistics.Responses(1, 0.5, List.of(new ItemOutcome("acct-9", "not chosen", "chosen", false)),
                        Set.of("acct-9", "acct-1")),
                new ItemStatistics.Responses(2, 1.0, List.of(), Set.of("acct-2", "acct-3")),
                new ItemStatistics.Responses(3, 1.0, List.of(), Set.of("acct-9", "acct-3")));

        ItemStats item = ItemStatistics.compute(cohort, true).getFirst();

        // learner 2 never had acct-9: only learners 1 (wrong) and 3 (rightly left out) count
        assertThat(item.answered()).isEqualTo(2);
        assertThat(item.difficulty()).isEqualTo(0.5);
    }

    @Test
    void aSingleLearnerGivesNoDiscriminationAndNoFlag() {
        ItemStats item = ItemStatistics.compute(List.of(learner(1, 0.0, wrong("x", "a"))), false).getFirst();

        assertThat(item.discrimination()).isNull();
        assertThat(item.keyMayBeWrong()).isFalse();
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 7L, 42L, 2026L, 99_991L);
    }

    /** Whatever the answers, the figures stay in range and discrimination is the groups' difference. */
    @ParameterizedTest
    @MethodSource("seeds")
    void figuresStayInRangeForRandomCohorts(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(60);
        List<ItemStatistics.Responses> cohort = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<ItemOutcome> outcomes = new ArrayList<>();
            for (int item = 0; item < 5; item++) {
                outcomes.add(random.nextBoolean() ? right("i" + item) : wrong("i" + item, "l" + random.nextInt(3)));
            }
            cohort.add(new ItemStatistics.Responses(i, random.nextDouble(), outcomes));
        }

        for (ItemStats s : ItemStatistics.compute(cohort, false)) {
            assertThat(s.answered()).isEqualTo(n);
            assertThat(s.difficulty()).isBetween(0.0, 1.0);
            assertThat(s.discrimination()).isBetween(-1.0, 1.0);
            assertThat(s.discrimination()).isCloseTo(s.upperCorrect() - s.lowerCorrect(), within(1e-12));
            assertThat(s.commonWrong().size()).isLessThanOrEqualTo(3);
            if (s.keyMayBeWrong()) {
                assertThat(s.upperCorrect()).isLessThan(0.5).isLessThanOrEqualTo(s.lowerCorrect());
            }
        }
    }
}
