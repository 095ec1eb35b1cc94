package org.tnracademy.exercises.written;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
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
 * Invariants of rubric scoring over 300 random rubrics and grades, each generated from its own
 * fixed seed so a failure names the seed that reproduces it.
 */
class WrittenGraderPropertiesTest {

    private static final WrittenAnswer ANSWER = new WrittenAnswer("An analysis.");

    private final WrittenGrader grader = new WrittenGrader();

    record Case(long seed, WrittenSpec spec, Map<String, Integer> points) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(WrittenGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            int max = 1 + random.nextInt(10);
            List<RubricLevel> levels = new ArrayList<>();
            for (int p = 0; p <= max; p++) {
                if (p == max || random.nextInt(3) == 0) {
                    levels.add(new RubricLevel(p, LocalizedText.of("level " + p, null)));
                }
            }
            Collections.shuffle(levels, random);
            String id = "c" + i;
            criteria.add(new Criterion(id, LocalizedText.of("t", null), LocalizedText.of("d", null), max, levels));
            points.put(id, random.nextInt(max + 1));
        }
        return new Case(seed, WrittenSpec.of(criteria, WrittenSpec.DEFAULT_MAX_LENGTH), points);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fullMarksScoreOne(Case c) {
        Map<String, Integer> full = new LinkedHashMap<>();
        c.spec().criteria().forEach(cr -> full.put(cr.id(), cr.maxPoints()));
        assertThat(grade(c, full).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void noPointsScoreZero(Case c) {
        Map<String, Integer> none = new LinkedHashMap<>();
        c.spec().criteria().forEach(cr -> none.put(cr.id(), 0));
        assertThat(grade(c, none).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOneAndIsPointsOverMaximum(Case c) {
        WrittenResult r = grade(c, c.points());
        assertThat(r.score()).isBetween(0.0, 1.0);
        assertThat(r.score()).isEqualTo((double) r.points() / r.maxPoints());
        assertThat(r.maxPoints()).isEqualTo(c.spec().totalMaxPoints());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void oneMorePointNeverLowersTheScore(Case c) {
        Criterion first = c.spec().criteria().getFirst();
        if (c.points().get(first.id()) < first.maxPoints()) {
            Map<String, Integer> more = new LinkedHashMap<>(c.points());
            more.merge(first.id(), 1, Integer::sum);
            assertThat(grade(c, more).score()).isGreaterThan(grade(c, c.points()).score());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theLevelShownIsNeverAboveThePointsGiven(Case c) {
        for (Criterion cr : c.spec().criteria()) {
            RubricLevel level = cr.levelFor(c.points().get(cr.id()));
            if (level != null) {
                assertThat(level.points()).isLessThanOrEqualTo(c.points().get(cr.id()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheGradeDoesNotMatter(Case c) {
        Map<String, Integer> shuffled = SeededCases.shuffled(c.points(), c.seed());
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.points()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.points()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("4e144da6c078af055484935363472c33bf0c72236f4e46f07b0140359507e2db");
    }

    private WrittenResult grade(Case c, Map<String, Integer> points) {
        return grader.grade(c.spec(), ANSWER, InstructorGrade.of(c.spec(), points, "comment"));
    }
}
