package org.tnracademy.exercises.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Invariants of the estimate grader over 300 random question sets, keys and answers, each generated
 * from its own fixed seed so a failure names the seed that reproduces it.
 */
class EstimateGraderPropertiesTest {

    private final EstimateGrader grader = new EstimateGrader();

    record Case(long seed, EstimateSpec spec, EstimateKey key, Map<String, Estimate> answer) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(EstimateGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        LocalizedText text = LocalizedText.of("?", null);
        List<EstimateQuestion> questions = new ArrayList<>();
        List<KeyAnswer> truths = new ArrayList<>();
        Map<String, Estimate> answer = new LinkedHashMap<>();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            String id = "q-" + i;
            Decay decay = random.nextBoolean() ? Decay.LINEAR : Decay.EXPONENTIAL;
            double tolerance = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 5;
            double zeroCredit = tolerance + 0.01 + random.nextDouble() * 50;
            if (random.nextBoolean()) {
                questions.add(EstimateQuestion.location(id, text, tolerance, zeroCredit, decay));
                GeoPoint truth = new GeoPoint(-60 + random.nextDouble() * 120, -180 + random.nextDouble() * 360);
                truths.add(new KeyAnswer(id, truth, text));
                if (random.nextInt(4) > 0) {
                    answer.put(id, new GeoPoint(truth.latitude() + random.nextGaussian() * 0.2,
                            Math.clamp(truth.longitude() + random.nextGaussian() * 0.2, -180, 180)));
                }
            } else {
                ErrorMode mode = random.nextBoolean() ? ErrorMode.ABSOLUTE : ErrorMode.RELATIVE;
                questions.add(EstimateQuestion.number(id, text, "units", mode, tolerance, zeroCredit, decay));
                double truth = 1 + random.nextInt(1000);
                truths.add(new KeyAnswer(id, new NumberValue(truth), text));
                if (random.nextInt(4) > 0) {
                    answer.put(id, new NumberValue(truth + random.nextGaussian() * truth * 0.3));
                }
            }
        }
        EstimateSpec spec = EstimateSpec.of(questions);
        return new Case(seed, spec, EstimateKey.validated(spec, truths), answer);
    }

    private EstimateResult grade(Case c, Map<String, Estimate> answer) {
        return grader.grade(c.spec(), c.key(), new EstimateAnswer(answer));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theTrueAnswersScoreOne(Case c) {
        Map<String, Estimate> perfect = new LinkedHashMap<>();
        c.key().answers().forEach(a -> perfect.put(a.questionId(), a.expected()));
        EstimateResult r = grade(c, perfect);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.questions()).allMatch(QuestionFeedback::withinTolerance);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grade(c, Map.of()).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreAndCreditLiesBetweenZeroAndOne(Case c) {
        EstimateResult r = grade(c, c.answer());
        assertThat(r.score()).isBetween(0.0, 1.0);
        assertThat(r.questions()).allSatisfy(q -> assertThat(q.credit()).isBetween(0.0, 1.0));
        double mean = r.questions().stream().mapToDouble(QuestionFeedback::credit).sum() / r.questionCount();
        assertThat(r.score()).isCloseTo(mean, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheAnswersDoesNotMatter(Case c) {
        Map<String, Estimate> shuffled = SeededCases.shuffled(c.answer(), c.seed());
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.answer()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.answer()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("0c4871407ecf47ae471314aa12bd94148a07fb0b5ad6b64af69d00e4eca76bb2");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aFartherEstimateNeverEarnsMore(Case c) {
        // each answer moved from the truth by some offset, then by twice that offset along the same line:
        // a number by +d and +2d, a place by d and 2d degrees along its meridian (truths lie within 60 degrees
        // of the equator, so no pole is crossed)
        Random random = new Random(c.seed());
        Map<String, Estimate> near = new LinkedHashMap<>();
        Map<String, Estimate> far = new LinkedHashMap<>();
        for (KeyAnswer truth : c.key().answers()) {
            double d = random.nextGaussian();
            switch (truth.expected()) {
                case NumberValue n -> {
                    near.put(truth.questionId(), new NumberValue(n.value() + d * n.value() * 0.3));
                    far.put(truth.questionId(), new NumberValue(n.value() + 2 * d * n.value() * 0.3));
                }
                case GeoPoint p -> {
                    near.put(truth.questionId(), new GeoPoint(p.latitude() + d * 0.1, p.longitude()));
                    far.put(truth.questionId(), new GeoPoint(p.latitude() + 2 * d * 0.1, p.longitude()));
                }
            }
        }
        List<QuestionFeedback> nearer = grade(c, near).questions();
        List<QuestionFeedback> farther = grade(c, far).questions();
        for (int i = 0; i < nearer.size(); i++) {
            assertThat(farther.get(i).error()).isGreaterThanOrEqualTo(nearer.get(i).error());
            assertThat(farther.get(i).credit()).isLessThanOrEqualTo(nearer.get(i).credit());
        }
    }
}
