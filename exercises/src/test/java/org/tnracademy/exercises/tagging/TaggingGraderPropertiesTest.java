package org.tnracademy.exercises.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.Metrics;
import org.tnracademy.exercises.SeededCases;

/**
 * Invariants of the tagging grader over 300 random catalogues, keys and answers, each generated
 * from its own fixed seed so a failure names the seed that reproduces it.
 */
class TaggingGraderPropertiesTest {

    private static final LocalizedText TEXT = LocalizedText.of("t", "t");

    private final TaggingGrader grader = new TaggingGrader();

    record Case(long seed, TaggingSpec spec, TaggingKey key, List<String> tagged) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(TaggingGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int tactics = 1 + random.nextInt(5);
        int count = 2 + random.nextInt(30);
        List<Technique> catalogue = new ArrayList<>();
        List<TechniqueKey> key = new ArrayList<>();
        List<String> tagged = new ArrayList<>();
        int guaranteed = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("T%04d", 1 + i);
            catalogue.add(new Technique(id, String.format("TA%02d", random.nextInt(tactics)), TEXT));
            if (i == guaranteed || random.nextInt(4) == 0) {
                key.add(new TechniqueKey(id, TEXT));
            }
            if (random.nextInt(4) == 0) {
                tagged.add(id);
            }
        }
        double credit = random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 0.99;
        TaggingSpec spec = TaggingSpec.of(catalogue, credit);
        return new Case(seed, spec, TaggingKey.validated(spec, key), tagged);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        assertThat(grade(c.spec(), c, new ArrayList<>(c.key().techniqueIds())).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anyOtherAnswerScoresBelowOne(Case c) {
        if (!new HashSet<>(c.tagged()).equals(c.key().techniqueIds())) {
            assertThat(grade(c.spec(), c, c.tagged()).score()).isLessThan(1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grade(c.spec(), c, List.of()).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        TaggingResult result = grade(c.spec(), c, c.tagged());
        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.techniques()).allSatisfy(t -> assertThat(t.credit()).isBetween(0.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void withoutSameTacticCreditTheScoreIsJaccard(Case c) {
        TaggingSpec strict = TaggingSpec.of(c.spec().catalogue(), 0.0);
        assertThat(grade(strict, c, c.tagged()).score())
                .isCloseTo(Metrics.jaccard(c.key().techniqueIds(), new HashSet<>(c.tagged())), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameTacticCreditNeverLowersTheScore(Case c) {
        TaggingSpec strict = TaggingSpec.of(c.spec().catalogue(), 0.0);
        assertThat(grade(c.spec(), c, c.tagged()).score())
                .isGreaterThanOrEqualTo(grade(strict, c, c.tagged()).score());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsCoverTheUnionOfKeyAndAnswer(Case c) {
        TaggingResult r = grade(c.spec(), c, c.tagged());
        HashSet<String> union = new HashSet<>(c.key().techniqueIds());
        union.addAll(c.tagged());
        assertThat(r.matchedCount() + r.missedCount() + r.sameTacticCount() + r.wrongCount()).isEqualTo(union.size());
        assertThat(r.techniques()).hasSize(union.size());
        assertThat(r.matchedCount() + r.missedCount()).isEqualTo(c.key().techniques().size());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheAnswerDoesNotMatter(Case c) {
        List<String> shuffled = new ArrayList<>(c.tagged());
        Collections.shuffle(shuffled, new Random(~c.seed()));
        assertThat(grade(c.spec(), c, shuffled)).isEqualTo(grade(c.spec(), c, c.tagged()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c.spec(), c, c.tagged()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("efc986a9925c4b0349fadf715c0b0fd592b6c6cb7724e09eb5460f6a3fadd683");
    }

    private TaggingResult grade(TaggingSpec spec, Case c, List<String> tagged) {
        return grader.grade(spec, c.key(), TaggingAnswer.of(spec, tagged));
    }
}
