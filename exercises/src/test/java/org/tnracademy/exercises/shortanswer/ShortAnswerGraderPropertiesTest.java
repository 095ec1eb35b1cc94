package org.tnracademy.exercises.shortanswer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the short-answer grader over 300 random keys and responses, each from its own fixed
 * seed, so a failure names the seed that reproduces it.
 */
class ShortAnswerGraderPropertiesTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._-+/";

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    record Case(long seed, ShortAnswerSpec spec, ShortAnswerKey key, Map<String, String> texts) {

        ShortAnswerResult gradedBy(ShortAnswerGrader grader) {
            return grader.grade(spec, key, new ShortAnswerResponse(texts));
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return LongStream.range(0, 300).mapToObj(ShortAnswerGraderPropertiesTest::randomCase);
    }

    /** Questions with one to three accepted values; the response types each right, wrong or not at all. */
    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<String> questions = new ArrayList<>();
        Map<String, AcceptedAnswers> key = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            String question = "q" + i;
            questions.add(question);
            List<String> answers = new ArrayList<>();
            for (int a = 0, m = 1 + random.nextInt(3); a < m; a++) {
                answers.add(word(random));
            }
            key.put(question, new AcceptedAnswers(answers, List.of(), null));
            switch (random.nextInt(3)) {
                case 0 -> texts.put(question, variant(answers.get(random.nextInt(answers.size())), random));
                case 1 -> texts.put(question, "not " + word(random));
                default -> { }
            }
        }
        ShortAnswerSpec spec = ShortAnswerSpec.of(questions);
        return new Case(seed, spec, ShortAnswerKey.validated(spec, key), texts);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return word.toString();
    }

    /** The same value as a reader sees it: random case, full-width forms and surrounding spaces. */
    static String variant(String value, Random random) {
        StringBuilder text = new StringBuilder(" ".repeat(random.nextInt(3)));
        for (char ch : value.toCharArray()) {
            char c = random.nextBoolean() ? Character.toUpperCase(ch) : Character.toLowerCase(ch);
            // U+FF01..U+FF5E are the full-width forms of '!'..'~'
            text.append(random.nextInt(4) == 0 ? (char) (c + 0xFEE0) : c);
        }
        return text.append("\u00A0".repeat(random.nextInt(2))).toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anyVariantOfAnAcceptedAnswerIsRight(Case c) {
        Random random = new Random(~c.seed());
        Map<String, String> variants = new LinkedHashMap<>();
        c.key().questions().forEach((question, accepted) ->
                variants.put(question, variant(accepted.answers().getLast(), random)));

        ShortAnswerResult result = grader.grade(c.spec(), c.key(), new ShortAnswerResponse(variants));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.correctCount()).isEqualTo(result.questionCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyResponseScoresZero(Case c) {
        assertThat(grader.grade(c.spec(), c.key(), new ShortAnswerResponse(Map.of())).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theScoreIsTheShareOfRightAnswersAndLiesBetweenZeroAndOne(Case c) {
        ShortAnswerResult result = c.gradedBy(grader);

        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.score()).isEqualTo((double) result.correctCount() / result.questionCount());
        assertThat(result.questions().stream().filter(ShortAnswerFeedback::correct).count())
                .isEqualTo(result.correctCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSameInputAlwaysGivesTheSameResult(Case c) {
        assertThat(c.gradedBy(new ShortAnswerGrader())).isEqualTo(c.gradedBy(grader));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anAnswerIsRightExactlyWhenItsNormalFormIsAccepted(Case c) {
        for (ShortAnswerFeedback q : c.gradedBy(grader).questions()) {
            String given = c.texts().get(q.questionId());
            boolean accepted = given != null && q.accepted().stream()
                    .anyMatch(a -> AnswerNormalizer.normalize(a).equals(AnswerNormalizer.normalize(given)));
            assertThat(q.correct()).as(q.questionId()).isEqualTo(accepted);
        }
    }
}
