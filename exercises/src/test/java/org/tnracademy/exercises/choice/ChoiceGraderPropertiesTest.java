package org.tnracademy.exercises.choice;

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
 * Invariants of the choice grader over 300 random specs, keys and answers, each generated from
 * its own fixed seed so a failure names the seed that reproduces it.
 */
class ChoiceGraderPropertiesTest {

    private static final LocalizedText TEXT = LocalizedText.of("t", "t");

    private final ChoiceGrader grader = new ChoiceGrader();

    record Case(long seed, ChoiceSpec spec, ChoiceKey key, Map<String, List<String>> picks) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(ChoiceGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<ChoiceQuestion> questions = new ArrayList<>();
        List<QuestionKey> keys = new ArrayList<>();
        Map<String, List<String>> picks = new LinkedHashMap<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String id = "q" + i;
            QuestionKind kind = random.nextBoolean() ? QuestionKind.SINGLE : QuestionKind.MULTIPLE;
            ChoiceScoring scoring = random.nextBoolean() ? ChoiceScoring.ALL_OR_NOTHING : ChoiceScoring.RIGHT_MINUS_WRONG;
            int optionCount = 2 + random.nextInt(5);
            List<ChoiceOption> options = new ArrayList<>();
            List<OptionKey> optionKeys = new ArrayList<>();
            int single = random.nextInt(optionCount);
            int guaranteed = random.nextInt(optionCount);
            for (int j = 0; j < optionCount; j++) {
                String option = "o" + j;
                options.add(new ChoiceOption(option, TEXT));
                boolean correct = kind == QuestionKind.SINGLE ? j == single : j == guaranteed || random.nextBoolean();
                optionKeys.add(new OptionKey(option, correct, TEXT));
            }
            questions.add(new ChoiceQuestion(id, kind, scoring, TEXT, options));
            keys.add(new QuestionKey(id, optionKeys));
            if (random.nextInt(5) > 0) {
                picks.put(id, randomPicks(random, kind, optionCount));
            }
        }
        ChoiceSpec spec = ChoiceSpec.of(questions);
        return new Case(seed, spec, ChoiceKey.validated(spec, keys), picks);
    }

    private static List<String> randomPicks(Random random, QuestionKind kind, int optionCount) {
        List<String> picked = new ArrayList<>();
        if (kind == QuestionKind.SINGLE) {
            picked.add("o" + random.nextInt(optionCount));
        } else {
            for (int j = 0; j < optionCount; j++) {
                if (random.nextBoolean()) {
                    picked.add("o" + j);
                }
            }
        }
        return picked;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, List<String>> perfect = new LinkedHashMap<>();
        c.key().questions().forEach(q -> perfect.put(q.questionId(),
                q.options().stream().filter(OptionKey::correct).map(OptionKey::optionId).toList()));
        ChoiceResult result = grader.grade(c.spec(), c.key(), ChoiceAnswer.of(c.spec(), perfect));
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.fullyCorrectCount()).isEqualTo(result.questionCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), ChoiceAnswer.of(c.spec(), Map.of())).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        ChoiceResult result = grade(c, c.picks());
        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.questions()).allSatisfy(q -> assertThat(q.score()).isBetween(0.0, 1.0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aQuestionScoresOneExactlyWhenItIsFullyCorrect(Case c) {
        assertThat(grade(c, c.picks()).questions()).allSatisfy(q -> assertThat(q.score() == 1.0)
                .isEqualTo(q.fullyCorrect()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rightMinusWrongNeverScoresBelowAllOrNothing(Case c) {
        double allOrNothing = grade(withScoring(c.spec(), ChoiceScoring.ALL_OR_NOTHING), c).score();
        double rightMinusWrong = grade(withScoring(c.spec(), ChoiceScoring.RIGHT_MINUS_WRONG), c).score();
        assertThat(rightMinusWrong).isGreaterThanOrEqualTo(allOrNothing);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfQuestionsAndPicksDoesNotMatter(Case c) {
        Random random = new Random(~c.seed());
        List<String> questions = new ArrayList<>(c.picks().keySet());
        Collections.shuffle(questions, random);
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        for (String q : questions) {
            List<String> options = new ArrayList<>(c.picks().get(q));
            Collections.shuffle(options, random);
            shuffled.put(q, options);
        }
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.picks()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.picks()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("b152719ec193999fcd63d0f1b9cdfb41aa468689ae98e4e4f54ca1a6a9aec818");
    }

    private ChoiceResult grade(Case c, Map<String, List<String>> picks) {
        return grader.grade(c.spec(), c.key(), ChoiceAnswer.of(c.spec(), picks));
    }

    private ChoiceResult grade(ChoiceSpec spec, Case c) {
        return grader.grade(spec, c.key(), ChoiceAnswer.of(spec, c.picks()));
    }

    private static ChoiceSpec withScoring(ChoiceSpec spec, ChoiceScoring scoring) {
        return ChoiceSpec.of(spec.questions().stream().map(q ->
                new ChoiceQuestion(q.id(), q.kind(), scoring, q.prompt(), q.options())).toList());
    }
}
