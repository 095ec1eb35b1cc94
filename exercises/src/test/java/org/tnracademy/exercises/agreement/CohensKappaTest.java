package org.tnracademy.exercises.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.SeededCases;

/** Cohen's kappa against values computed by hand, and the cases where it has none. */
class CohensKappaTest {

    private static final double EPS = 1e-12;

    /**
     * The textbook 2x2 table of 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no. Observed 35/50 =
     * 0.7; expected 0.5 x 0.6 + 0.5 x 0.4 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4.
     */
    @Test
    void theClassicTwoByTwoTableGivesFourTenths() {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        fill(first, second, 0, 20, "yes", "yes");
        fill(first, second, 20, 5, "yes", "no");
        fill(first, second, 25, 10, "no", "yes");
        fill(first, second, 35, 15, "no", "no");

        RaterAgreement agreement = CohensKappa.of(List.of("yes", "no"), first, second);

        assertThat(agreement.items()).isEqualTo(50);
        assertThat(agreement.observedAgreement()).isCloseTo(0.7, within(EPS));
        assertThat(agreement.overall().expected()).isCloseTo(0.5, within(EPS));
        assertThat(agreement.overall().value()).hasValueCloseTo(0.4, within(EPS));
        // with two labels, each label's one-vs-rest table is the whole table
        assertThat(agreement.perLabel()).extracting(LabelKappa::label).containsExactly("yes", "no");
        agreement.perLabel().forEach(l -> assertThat(l.kappa().value()).hasValueCloseTo(0.4, within(EPS)));
        assertThat(agreement.disagreements()).hasSize(15);
        assertThat(agreement.disagreements().getFirst()).isEqualTo(new Disagreement("i20", "yes", "no"));
    }

    /**
     * Ten items, three labels (rows: first rater, columns: second):
     * <pre>
     *        a  b  c
     *   a    3  1  0
     *   b    0  2  1
     *   c    1  0  2
     * </pre>
     * Observed 7/10; expected (4x4 + 3x3 + 3x3)/100 = 0.34; kappa 0.36/0.66 = 6/11. One-vs-rest for
     * a: both 3, neither 5, observed 0.8, expected 0.4x0.4 + 0.6x0.6 = 0.52, kappa 0.28/0.48 = 7/12;
     * for b and c: both 2, neither 6, observed 0.8, expected 0.3x0.3 + 0.7x0.7 = 0.58, kappa 11/21.
     */
    @Test
    void aThreeLabelTableMatchesTheHandComputation() {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        fill(first, second, 0, 3, "a", "a");
        fill(first, second, 3, 1, "a", "b");
        fill(first, second, 4, 2, "b", "b");
        fill(first, second, 6, 1, "b", "c");
        fill(first, second, 7, 1, "c", "a");
        fill(first, second, 8, 2, "c", "c");

        RaterAgreement agreement = CohensKappa.of(List.of("a", "b", "c"), first, second);

        assertThat(agreement.observedAgreement()).isCloseTo(0.7, within(EPS));
        assertThat(agreement.overall().expected()).isCloseTo(0.34, within(EPS));
        assertThat(agreement.overall().value()).hasValueCloseTo(6.0 / 11, within(EPS));
        LabelKappa a = agreement.perLabel().get(0);
        assertThat(a.kappa().value()).hasValueCloseTo(7.0 / 12, within(EPS));
        assertThat(a.kappa().observed()).isCloseTo(0.8, within(EPS));
        assertThat(List.of(a.firstCount(), a.secondCount(), a.bothCount())).containsExactly(4, 4, 3);
        assertThat(agreement.perLabel().get(1).kappa().value()).hasValueCloseTo(11.0 / 21, within(EPS));
        assertThat(agreement.perLabel().get(2).kappa().value()).hasValueCloseTo(11.0 / 21, within(EPS));
        assertThat(agreement.disagreements()).containsExactly(new Disagreement("i3", "a", "b"),
                new Disagreement("i6", "b", "c"), new Disagreement("i7", "c", "a"));
    }

    @Test
    void perfectAgreementIsOne() {
        Map<String, String> labels = Map.of("p1", "threat", "p2", "benign", "p3", "smear", "p4", "threat");
        RaterAgreement agreement = CohensKappa.of(List.of("threat", "smear", "benign"), labels, labels);
        assertThat(agreement.overall().value()).hasValueCloseTo(1.0, within(EPS));
        assertThat(agreement.perLabel()).allSatisfy(l -> assertThat(l.kappa().value()).hasValueCloseTo(1.0,
                within(EPS)));
        assertThat(agreement.disagreements()).isEmpty();
    }

    /** Observed 2/4 = 0.5, expected 0.5 x 0.5 + 0.5 x 0.5 = 0.5: no better than chance. */
    @Test
    void agreementNoBetterThanChanceIsZero() {
        Map<String, String> first = ordered("p1", "x", "p2", "x", "p3", "y", "p4", "y");
        Map<String, String> second = ordered("p1", "x", "p2", "y", "p3", "x", "p4", "y");
        RaterAgreement agreement = CohensKappa.of(List.of("x", "y"), first, second);
        assertThat(agreement.overall().value()).hasValueCloseTo(0.0, within(EPS));
    }

    /** Systematic disagreement is worse than chance: observed 0, expected 0.5, kappa -1. */
    @Test
    void oppositeLabelsOnABalancedSetAreMinusOne() {
        Map<String, String> first = ordered("p1", "x", "p2", "y");
        Map<String, String> second = ordered("p1", "y", "p2", "x");
        assertThat(CohensKappa.of(List.of("x", "y"), first, second).overall().value())
                .hasValueCloseTo(-1.0, within(EPS));
    }

    @Test
    void bothRatersUsingOneAndTheSameLabelHaveNoKappaAndSaySo() {
        Map<String, String> same = ordered("p1", "x", "p2", "x", "p3", "x");
        RaterAgreement agreement = CohensKappa.of(List.of("x", "y"), same, same);
        assertThat(agreement.overall().isDefined()).isFalse();
        assertThat(agreement.overall().undefined()).isEqualTo(Kappa.Undefined.BOTH_RATERS_USED_ONE_LABEL);
        assertThat(agreement.observedAgreement()).isEqualTo(1.0);
        assertThat(agreement.perLabel().get(0).kappa().undefined()).isEqualTo(Kappa.Undefined.LABEL_ON_EVERY_ITEM);
        assertThat(agreement.perLabel().get(1).kappa().undefined()).isEqualTo(Kappa.Undefined.LABEL_UNUSED);
    }

    /**
     * One rater using a single label: chance predicts exactly the agreement seen (observed 2/4,
     * expected 1 x 2/4), so kappa is 0, not undefined; only a label neither used has none.
     */
    @Test
    void oneRaterUsingASingleLabelAgreesNoBetterThanChance() {
        Map<String, String> first = ordered("p1", "x", "p2", "x", "p3", "x", "p4", "x");
        Map<String, String> second = ordered("p1", "x", "p2", "y", "p3", "x", "p4", "y");
        RaterAgreement agreement = CohensKappa.of(List.of("x", "y", "z"), first, second);
        assertThat(agreement.overall().value()).hasValueCloseTo(0.0, within(EPS));
        assertThat(agreement.perLabel().get(2).kappa().undefined()).isEqualTo(Kappa.Undefined.LABEL_UNUSED);
    }

    @Test
    void itemsOnlyOneRaterLabelledAreListedAndLeftOut() {
        Map<String, String> first = ordered("p1", "x", "p2", "y", "p3", "x");
        Map<String, String> second = ordered("p1", "x", "p2", "y", "p9", "y");
        RaterAgreement agreement = CohensKappa.of(List.of("x", "y"), first, second);
        assertThat(agreement.items()).isEqualTo(2);
        assertThat(agreement.onlyFirst()).containsExactly("p3");
        assertThat(agreement.onlySecond()).containsExactly("p9");
        assertThat(agreement.overall().value()).hasValueCloseTo(1.0, within(EPS));
    }

    @Test
    void aLabelOutsideTheListIsRefusedNamingItemAndLabel() {
        assertThatThrownBy(() -> CohensKappa.of(List.of("x", "y"), ordered("p1", "x"), ordered("p1", "w")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("second rater: item 'p1' has label 'w', which is not one of [x, y]");
    }

    @Test
    void noItemInCommonIsRefused() {
        assertThatThrownBy(() -> CohensKappa.of(List.of("x"), ordered("p1", "x"), ordered("p2", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no item is labelled by both");
    }

    static Stream<Long> seeds() {
        return SeededCases.of(seed -> seed);
    }

    /** Kappa is symmetric in its raters, at most 1, and 1 exactly when every item agrees. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kappaIsSymmetricBoundedAndOneOnlyForFullAgreement(long seed) {
        Random random = new Random(seed);
        List<String> labels = List.of("a", "b", "c", "d").subList(0, 2 + random.nextInt(3));
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            String label = labels.get(random.nextInt(labels.size()));
            first.put("i" + i, label);
            second.put("i" + i, random.nextInt(3) == 0 ? labels.get(random.nextInt(labels.size())) : label);
        }
        Kappa one = CohensKappa.of(labels, first, second).overall();
        Kappa other = CohensKappa.of(labels, second, first).overall();
        assertThat(one.isDefined()).isEqualTo(other.isDefined());
        if (one.isDefined()) {
            assertThat(one.value().getAsDouble()).isCloseTo(other.value().getAsDouble(), within(1e-9))
                    .isLessThanOrEqualTo(1.0 + 1e-12);
            assertThat(Math.abs(one.value().getAsDouble() - 1.0) < 1e-12).isEqualTo(first.equals(second));
        }
    }

    private static void fill(Map<String, String> first, Map<String, String> second, int from, int count,
                             String firstLabel, String secondLabel) {
        for (int i = from; i < from + count; i++) {
            first.put("i" + i, firstLabel);
            second.put("i" + i, secondLabel);
        }
    }

    private static Map<String, String> ordered(String... itemsAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < itemsAndLabels.length; i += 2) {
            map.put(itemsAndLabels[i], itemsAndLabels[i + 1]);
        }
        return map;
    }
}
