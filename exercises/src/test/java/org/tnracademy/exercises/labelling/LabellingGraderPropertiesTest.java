package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SeededCases;

/**
 * Invariants of the labelling grader over 300 random specs, keys and answers, each generated
 * from its own fixed seed so a failure names the seed that reproduces it.
 */
class LabellingGraderPropertiesTest {

    private final LabellingGrader grader = new LabellingGrader();

    record Case(long seed, LabellingSpec spec, LabellingKey key, Map<String, String> answer) {
        @Override
        public String toString() {
            return "seed " + seed + ", " + spec.scoring().id();
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(LabellingGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int labels = 1 + random.nextInt(6);
        int items = 1 + random.nextInt(80);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            ids.add("label-" + i);
        }
        Map<String, KeyEntry> key = new LinkedHashMap<>();
        Map<String, String> answer = new LinkedHashMap<>();
        for (int i = 0; i < items; i++) {
            String item = "item-" + i;
            key.put(item, new KeyEntry(ids.get(random.nextInt(labels)), LocalizedText.of("e", "e")));
            if (random.nextInt(4) > 0) {
                answer.put(item, ids.get(random.nextInt(labels)));
            }
        }
        LabellingScoring scoring = LabellingScoring.values()[random.nextInt(LabellingScoring.values().length)];
        return new Case(seed, LabellingSpec.of(ids, scoring), new LabellingKey(key), answer);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, String> perfect = new LinkedHashMap<>();
        c.key().entries().forEach((item, entry) -> perfect.put(item, entry.label()));
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(perfect)).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(Map.of())).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer())).score()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheAnswerDoesNotMatter(Case c) {
        Map<String, String> shuffled = SeededCases.shuffled(c.answer(), c.seed());
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(shuffled)))
                .isEqualTo(grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer())));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer())))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("0445ad0f53ee24aa1c72f13f57ab60647ec74e4a510fce6df02186614936364b");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsAddUp(Case c) {
        LabellingResult r = grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer()));
        assertThat(r.items().stream().filter(ItemFeedback::correct).count()).isEqualTo(r.correctCount());
        int total = r.confusion().counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(r.itemCount());
        assertThat(r.perLabel().stream().mapToInt(LabelMetrics::support).sum()).isEqualTo(r.itemCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theResultNamesTheSpecsRule(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer())).scoring())
                .isEqualTo(c.spec().scoring());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void labellingABlankItemRightRaisesTheScoreUnderEveryRule(Case c) {
        String blank = c.key().entries().keySet().stream().filter(i -> !c.answer().containsKey(i)).findFirst()
                .orElse(null);
        if (blank == null) {
            return;
        }
        Map<String, String> more = new LinkedHashMap<>(c.answer());
        more.put(blank, c.key().entries().get(blank).label());
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(more)).score())
                .isGreaterThan(grader.grade(c.spec(), c.key(), new LabellingAnswer(c.answer())).score());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aLabelTheKeyDoesNotUseCostsNoMoreThanLeavingTheItemBlank(Case c) {
        // add a label no key entry uses and give it to one blank item
        List<String> labels = new ArrayList<>(c.spec().labels());
        labels.add("stray");
        LabellingSpec spec = LabellingSpec.of(labels, c.spec().scoring());
        String blank = c.key().entries().keySet().stream().filter(i -> !c.answer().containsKey(i)).findFirst()
                .orElse(null);
        if (blank == null) {
            return;
        }
        Map<String, String> stray = new LinkedHashMap<>(c.answer());
        stray.put(blank, "stray");
        double withBlank = grader.grade(spec, c.key(), new LabellingAnswer(c.answer())).score();
        double withStray = grader.grade(spec, c.key(), new LabellingAnswer(stray)).score();
        if (spec.scoring() == LabellingScoring.MICRO_F1) {
            // a wrong label is a false positive as well as a miss: it costs a little more than a blank
            assertThat(withStray).isLessThanOrEqualTo(withBlank).isGreaterThan(withBlank - 2.0 / c.key().entries().size());
        } else {
            assertThat(withStray).isEqualTo(withBlank);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void accuracyIsTheShareOfItemsLabelledRight(Case c) {
        LabellingSpec spec = LabellingSpec.of(c.spec().labels(), LabellingScoring.ACCURACY);
        LabellingResult r = grader.grade(spec, c.key(), new LabellingAnswer(c.answer()));
        assertThat(r.score()).isEqualTo((double) r.correctCount() / r.itemCount());
    }
}
