package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RankingTest {

    @Test
    void twoSwapsOfFiveItemsAreTwoDiscordantPairsOfTen() {
        // key order 0 1 2 3 4; given 1 0 2 4 3: the pairs (1,0) and (4,3) are reversed
        int[] ranks = {1, 0, 2, 4, 3};
        assertThat(Ranking.discordantPairs(ranks)).isEqualTo(2);
        assertThat(Ranking.comparablePairs(ranks)).isEqualTo(10); // 5*4/2
        assertThat(Ranking.kendallTauScore(ranks)).isCloseTo(1 - 2.0 / 10, within(1e-12));
        assertThat(Ranking.discordantPairsPerPosition(ranks)).containsExactly(1, 1, 0, 1, 1);
    }

    @Test
    void theKeyOrderScoresOneAndItsReverseZero() {
        assertThat(Ranking.kendallTauScore(new int[] {0, 1, 2, 3})).isEqualTo(1.0);
        assertThat(Ranking.kendallTauScore(new int[] {3, 2, 1, 0})).isEqualTo(0.0);
        assertThat(Ranking.discordantPairs(new int[] {3, 2, 1, 0})).isEqualTo(6);
    }

    @Test
    void tiedItemsMayComeInEitherOrder() {
        // ranks 0 0 1: one tied pair, two comparable ones
        assertThat(Ranking.comparablePairs(new int[] {0, 1, 0})).isEqualTo(2);
        assertThat(Ranking.discordantPairs(new int[] {0, 0, 1})).isZero();
        assertThat(Ranking.discordantPairs(new int[] {1, 0, 0})).isEqualTo(2);
        assertThat(Ranking.kendallTauScore(new int[] {1, 0, 0})).isZero();
        assertThat(Ranking.kendallTauScore(new int[] {2, 2, 2})).isEqualTo(1.0);
        assertThat(Ranking.kendallTauScore(new int[] {})).isEqualTo(1.0);
    }

    @Test
    void largeInputsCountWithoutOverflowInNLogN() {
        // 200,000 items reversed: 200000 * 199999 / 2 pairs, beyond int; O(n^2) would not finish here
        int n = 200_000;
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = n - 1 - i;
        }
        assertThat(Ranking.discordantPairs(reversed)).isEqualTo(19_999_900_000L);
        assertThat(Arrays.stream(Ranking.discordantPairsPerPosition(reversed)).allMatch(c -> c == n - 1)).isTrue();
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithCountingEveryPair(long seed) {
        Random random = new Random(seed);
        int[] ranks = new int[random.nextInt(60)];
        int distinct = 1 + random.nextInt(20);
        Arrays.setAll(ranks, i -> random.nextInt(distinct) * 7 - 30); // any int values, with ties
        long discordant = 0;
        long comparable = 0;
        long[] per = new long[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            for (int j = i + 1; j < ranks.length; j++) {
                if (ranks[i] != ranks[j]) {
                    comparable++;
                }
                if (ranks[i] > ranks[j]) {
                    discordant++;
                    per[i]++;
                    per[j]++;
                }
            }
        }
        assertThat(Ranking.discordantPairs(ranks)).isEqualTo(discordant);
        assertThat(Ranking.comparablePairs(ranks)).isEqualTo(comparable);
        assertThat(Ranking.discordantPairsPerPosition(ranks)).containsExactly(per);
    }
}
