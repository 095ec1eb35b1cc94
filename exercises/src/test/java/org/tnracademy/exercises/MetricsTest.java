package org.tnracademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void precisionRecallAndF1FromCounts() {
        assertThat(Metrics.precision(3, 1)).isEqualTo(0.75);
        assertThat(Metrics.recall(3, 3)).isEqualTo(0.5);
        // F1 = 2*3 / (2*3 + 3 + 1) = 0.6
        assertThat(Metrics.f1(3, 1, 3)).isCloseTo(0.6, within(1e-12));
        // F2 weighs recall: 5*3 / (5*3 + 4*3 + 1) = 15/28
        assertThat(Metrics.fBeta(3, 1, 3, 2.0)).isCloseTo(15.0 / 28.0, within(1e-12));
    }

    @Test
    void emptyCasesHaveDefinedValues() {
        assertThat(Metrics.precision(0, 0)).isZero();
        assertThat(Metrics.recall(0, 0)).isZero();
        assertThat(Metrics.f1(0, 0, 0)).isZero();
        assertThat(Metrics.jaccard(Set.of(), Set.of())).isEqualTo(1.0);
    }

    @Test
    void jaccardIsIntersectionOverUnion() {
        assertThat(Metrics.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
        assertThat(Metrics.jaccard(Set.of("a"), Set.of())).isZero();
    }

    @Test
    void localizedTextFallsBackToEnglishThenAnyLanguage() {
        LocalizedText t = LocalizedText.of("hello", "bonjour");
        assertThat(t.in(java.util.Locale.FRENCH)).isEqualTo("bonjour");
        assertThat(t.in(java.util.Locale.GERMAN)).isEqualTo("hello");
        assertThat(new LocalizedText(java.util.Map.of("fr", "seul")).in(java.util.Locale.ENGLISH)).isEqualTo("seul");
    }
}
