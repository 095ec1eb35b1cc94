package org.tnracademy.exercises.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.LocalizedText;

/**
 * Invariants of the labelling grader over 300 random specs, keys and answers. Each case comes from
 * its own fixed seed, so a failure names the seed that reproduces it and every run checks the same
 * cases.
 */
class LabellingGraderPropertiesTest {

    private final LabellingGrader grader = new LabellingGrader();

    /** A key and an answer over the same items; the answer leaves about a quarter unlabelled. */
    record Case(long seed, LabellingSpec spec, LabellingKey key, Map<String, String> answer) {

        LabellingResult gradedBy(LabellingGrader grader) {
            return grader.grade(spec, key, new LabellingAnswer(answer));
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return LongStream.range(0, 300).mapToObj(LabellingGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        // small sizes first, where the edge cases are: one label, one item
        int labelCount = 1 + random.nextInt(seed < 50 ? 2 : 6);
        int itemCount = 1 + random.nextInt(seed < 50 ? 3 : 60);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < labelCount; i++) {
            labels.add("label-" + i);
        }
        Map<String, KeyEntry> key = new LinkedHashMap<>();
        Map<String, String> answer = new LinkedHashMap<>();
        for (int i = 0; i < itemCount; i++) {
            String item = "item-" + i;
            key.put(item, new KeyEntry(labels.get(random.nextInt(labelCount)), LocalizedText.of("why " + item, null)));
            if (random.nextInt(4) > 0) {
                answer.put(item, labels.get(random.nextInt(labelCount)));
            }
        }
        LabellingSpec spec = LabellingSpec.of(labels);
        return new Case(seed, spec, LabellingKey.validated(spec, key), answer);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, String> perfect = new LinkedHashMap<>();
        c.key().entries().forEach((item, entry) -> perfect.put(item, entry.label()));

        LabellingResult result = grader.grade(c.spec(), c.key(), new LabellingAnswer(perfect));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.correctCount()).isEqualTo(result.itemCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(Map.of())).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        LabellingResult result = c.gradedBy(grader);

        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.perLabel()).allSatisfy(m -> {
            assertThat(m.precision()).isBetween(0.0, 1.0);
            assertThat(m.recall()).isBetween(0.0, 1.0);
            assertThat(m.f1()).isBetween(0.0, 1.0);
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheAnswerDoesNotChangeTheResult(Case c) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(c.answer().entrySet());
        Collections.shuffle(entries, new Random(~c.seed()));
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        LabellingResult expected = c.gradedBy(grader);
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(shuffled))).isEqualTo(expected);
        assertThat(grader.grade(c.spec(), c.key(), new LabellingAnswer(new TreeMap<>(c.answer()))))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSameInputAlwaysGivesTheSameResult(Case c) {
        assertThat(c.gradedBy(new LabellingGrader())).isEqualTo(c.gradedBy(grader)).isEqualTo(c.gradedBy(grader));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theScoreIsTheMeanF1OfTheLabelsExpectedOrGiven(Case c) {
        // a straightforward recount, label by label and item by item, to check the one-pass grader against
        double sum = 0;
        int averaged = 0;
        for (String label : c.spec().labels()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Map.Entry<String, KeyEntry> e : c.key().entries().entrySet()) {
                boolean expected = e.getValue().label().equals(label);
                boolean given = label.equals(c.answer().get(e.getKey()));
                tp += expected && given ? 1 : 0;
                fp += !expected && given ? 1 : 0;
                fn += expected && !given ? 1 : 0;
            }
            if (tp + fp + fn > 0) {
                double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
                sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                averaged++;
            }
        }
        assertThat(c.gradedBy(grader).score()).isCloseTo(sum / averaged, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void correctingOneItemNeverLowersTheScore(Case c) {
        List<String> wrongOrMissing = c.key().entries().entrySet().stream()
                .filter(e -> !e.getValue().label().equals(c.answer().get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        if (wrongOrMissing.isEmpty()) {
            return;
        }
        String item = wrongOrMissing.get(new Random(c.seed()).nextInt(wrongOrMissing.size()));
        Map<String, String> corrected = new LinkedHashMap<>(c.answer());
        corrected.put(item, c.key().entries().get(item).label());

        double before = c.gradedBy(grader).score();
        double after = grader.grade(c.spec(), c.key(), new LabellingAnswer(corrected)).score();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theCountsAddUp(Case c) {
        LabellingResult r = c.gradedBy(grader);

        assertThat(r.items().stream().filter(ItemFeedback::correct).count()).isEqualTo(r.correctCount());
        assertThat(r.confusion().counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum())
                .isEqualTo(r.itemCount());
        assertThat(r.perLabel().stream().mapToInt(LabelMetrics::support).sum()).isEqualTo(r.itemCount());
        assertThat(r.perLabel()).allSatisfy(m ->
                assertThat(m.truePositives() + m.falseNegatives()).isEqualTo(m.support()));
        int unlabelled = r.confusion().counts().stream().mapToInt(List::getLast).sum();
        assertThat(unlabelled).isEqualTo(r.itemCount() - c.answer().size());
    }
}
