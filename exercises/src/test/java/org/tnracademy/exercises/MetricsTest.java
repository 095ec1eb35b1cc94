package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void precisionRecallAndF1ComeFromTheCounts() {
        assertThat(Metrics.precision(3, 1)).isEqualTo(0.75);
        assertThat(Metrics.recall(3, 3)).isEqualTo(0.5);
        // P = 3/4, R = 3/6: F1 = 2*3 / (2*3 + 1 + 3) = 0.6, the harmonic mean 2PR/(P+R) = 0.75/1.25
        assertThat(Metrics.f1(3, 1, 3)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void fBetaWeighsRecallBetaTimesAsMuchAsPrecision() {
        // F2 = 5*3 / (5*3 + 4*3 + 1) = 15/28
        assertThat(Metrics.fBeta(3, 1, 3, 2.0)).isCloseTo(15.0 / 28.0, within(1e-12));
        // F0.5 = 1.25*3 / (1.25*3 + 0.25*3 + 1) = 3.75/5.5
        assertThat(Metrics.fBeta(3, 1, 3, 0.5)).isCloseTo(3.75 / 5.5, within(1e-12));
        assertThat(Metrics.fBeta(3, 1, 3, 1.0)).isCloseTo(Metrics.f1(3, 1, 3), within(1e-12));
    }

    @Test
    void nothingPredictedOrNothingExpectedScoresZero() {
        assertThat(Metrics.precision(0, 0)).isZero();
        assertThat(Metrics.recall(0, 0)).isZero();
        assertThat(Metrics.f1(0, 0, 0)).isZero();
        assertThat(Metrics.f1(0, 0, 5)).isZero();
        assertThat(Metrics.f1(0, 5, 0)).isZero();
        assertThat(Metrics.fBeta(0, 0, 0, 2.0)).isZero();
    }

    @Test
    void betaMustBePositive() {
        assertThatThrownBy(() -> Metrics.fBeta(1, 0, 0, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metrics.fBeta(1, 0, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jaccardIsIntersectionOverUnionAndOneForTwoEmptySets() {
        assertThat(Metrics.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
        assertThat(Metrics.jaccard(Set.of("a"), Set.of("a", "b", "c", "d"))).isEqualTo(0.25);
        assertThat(Metrics.jaccard(Set.of("a"), Set.of())).isZero();
        assertThat(Metrics.jaccard(Set.of(), Set.of())).isEqualTo(1.0);
    }
}
