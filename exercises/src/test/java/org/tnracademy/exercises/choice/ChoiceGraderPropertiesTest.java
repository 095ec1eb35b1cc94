package org.tnracademy.exercises.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the choice grader over 300 random exercises and answers, each from its own fixed
 * seed, so a failure names the seed that reproduces it.
 */
class ChoiceGraderPropertiesTest {

    private final ChoiceGrader grader = new ChoiceGrader();

    record Case(long seed, ChoiceSpec spec, ChoiceKey key, Map<String, List<String>> answer) {

        ChoiceResult gradedBy(ChoiceGrader grader) {
            return grader.grade(spec, key, new ChoiceAnswer(answer));
        }

        @Override
        public String toString() {
            return "seed " + seed + " " + spec.scoring();
        }
    }

    static Stream<Case> cases() {
        return LongStream.range(0, 300).mapToObj(ChoiceGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<ChoiceQuestion> questions = new ArrayList<>();
        Map<String, QuestionKey> keys = new LinkedHashMap<>();
        Map<String, List<String>> answer = new LinkedHashMap<>();
        int questionCount = 1 + random.nextInt(6);
        for (int i = 0; i < questionCount; i++) {
            String id = "q" + i;
            boolean multiple = random.nextBoolean();
            List<String> options = new ArrayList<>();
            for (int o = 0, n = 2 + random.nextInt(5); o < n; o++) {
                options.add("o" + o);
            }
            questions.add(new ChoiceQuestion(id, multiple, options));
            keys.put(id, new QuestionKey(pick(options, multiple, random), Map.of()));
            if (random.nextInt(5) > 0) {
                answer.put(id, pick(options, multiple, random));
            }
        }
        ChoiceScoring scoring = ChoiceScoring.values()[random.nextInt(ChoiceScoring.values().length)];
        ChoiceSpec spec = ChoiceSpec.of(questions, scoring);
        return new Case(seed, spec, ChoiceKey.validated(spec, keys), answer);
    }

    /** One option, or a non-empty random subset of them for a multiple-choice question. */
    private static List<String> pick(List<String> options, boolean multiple, Random random) {
        List<String> shuffled = new ArrayList<>(options);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, multiple ? 1 + random.nextInt(options.size()) : 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, List<String>> perfect = new LinkedHashMap<>();
        c.key().questions().forEach((question, key) -> perfect.put(question, key.correct()));

        ChoiceResult result = c.gradedBy(grader);
        ChoiceResult perfectResult = grader.grade(c.spec(), c.key(), new ChoiceAnswer(perfect));

        assertThat(perfectResult.score()).isEqualTo(1.0);
        assertThat(perfectResult.correctCount()).isEqualTo(perfectResult.questionCount());
        assertThat(result.score()).isLessThanOrEqualTo(perfectResult.score());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new ChoiceAnswer(Map.of())).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        ChoiceResult result = c.gradedBy(grader);

        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.score()).isBetween(0.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfQuestionsAndOptionsInTheAnswerDoesNotChangeTheResult(Case c) {
        Random random = new Random(~c.seed());
        List<String> questions = new ArrayList<>(c.answer().keySet());
        Collections.shuffle(questions, random);
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        for (String question : questions) {
            List<String> options = new ArrayList<>(c.answer().get(question));
            Collections.shuffle(options, random);
            shuffled.put(question, options);
        }

        assertThat(grader.grade(c.spec(), c.key(), new ChoiceAnswer(shuffled))).isEqualTo(c.gradedBy(grader));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSameInputAlwaysGivesTheSameResult(Case c) {
        assertThat(c.gradedBy(new ChoiceGrader())).isEqualTo(c.gradedBy(grader));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rightMinusWrongNeverGivesLessThanAllOrNothing(Case c) {
        ChoiceSpec strict = new ChoiceSpec(c.spec().questions(), ChoiceScoring.ALL_OR_NOTHING);
        ChoiceSpec partial = new ChoiceSpec(c.spec().questions(), ChoiceScoring.RIGHT_MINUS_WRONG);
        ChoiceAnswer answer = new ChoiceAnswer(c.answer());

        assertThat(grader.grade(partial, c.key(), answer).score())
                .isGreaterThanOrEqualTo(grader.grade(strict, c.key(), answer).score());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void addingAWrongOptionNeverRaisesTheScore(Case c) {
        Map<String, List<String>> more = new LinkedHashMap<>(c.answer());
        for (ChoiceQuestion q : c.spec().questions()) {
            List<String> selected = new ArrayList<>(more.getOrDefault(q.id(), List.of()));
            q.options().stream()
                    .filter(o -> !c.key().questions().get(q.id()).correct().contains(o) && !selected.contains(o))
                    .findFirst()
                    .filter(o -> q.multiple())
                    .ifPresent(o -> {
                        selected.add(o);
                        more.put(q.id(), selected);
                    });
        }

        assertThat(grader.grade(c.spec(), c.key(), new ChoiceAnswer(more)).score())
                .isLessThanOrEqualTo(c.gradedBy(grader).score());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theScoreIsTheMeanQuestionScore(Case c) {
        ChoiceResult result = c.gradedBy(grader);

        double mean = result.questions().stream().mapToDouble(QuestionFeedback::score).sum() / result.questionCount();
        // DoubleStream.sum compensates rounding and the grader adds plainly: equal up to the last bits
        assertThat(result.score()).isCloseTo(mean, within(1e-12));
        assertThat(result.questions().stream().filter(QuestionFeedback::correct).count())
                .isEqualTo(result.correctCount());
    }
}
