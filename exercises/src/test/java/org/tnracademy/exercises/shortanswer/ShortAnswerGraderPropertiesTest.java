package org.tnracademy.exercises.shortanswer;

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
 * Invariants of the short-answer grader over 300 random specs, keys and answers, each generated
 * from its own fixed seed so a failure names the seed that reproduces it.
 */
class ShortAnswerGraderPropertiesTest {

    private static final LocalizedText TEXT = LocalizedText.of("t", "t");
    /** Letters of accepted answers; wrong values start with "wrong", which no accepted answer does. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvxyABCDEFGHIJKLMNOPQRSTUVXY0123456789@._-";
    private static final String CODE_PATTERN = "case-\\d{3}";

    private final ShortAnswerGrader grader = new ShortAnswerGrader();

    record Case(long seed, ShortAnswerSpec spec, ShortAnswerKey key, Map<String, String> values) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(ShortAnswerGraderPropertiesTest::randomCase);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        List<Blank> blanks = new ArrayList<>();
        List<BlankKey> keys = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String id = "b" + i;
            blanks.add(new Blank(id, TEXT, Blank.DEFAULT_MAX_LENGTH));
            List<String> accepted = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                accepted.add(phrase(random));
            }
            List<String> patterns = random.nextInt(3) == 0 ? List.of(CODE_PATTERN) : List.of();
            keys.add(new BlankKey(id, accepted, patterns, TEXT));
            switch (random.nextInt(4)) {
                case 0 -> { } // unanswered
                case 1 -> values.put(id, "wrong " + phrase(random));
                default -> values.put(id, disguise(accepted.get(random.nextInt(accepted.size())), random));
            }
        }
        ShortAnswerSpec spec = ShortAnswerSpec.of(blanks);
        return new Case(seed, spec, ShortAnswerKey.validated(spec, keys), values);
    }

    /** One to three words of the alphabet, one space apart. */
    private static String phrase(Random random) {
        List<String> words = new ArrayList<>();
        for (int w = 0, n = 1 + random.nextInt(3); w < n; w++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0, len = 1 + random.nextInt(8); c < len; c++) {
                word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            words.add(word.toString());
        }
        return String.join(" ", words);
    }

    /** The same answer as people type it: letters in any case, spaces doubled, tabs, padding. */
    private static String disguise(String value, Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "  " : "");
        for (char c : value.toCharArray()) {
            if (c == ' ') {
                out.append(random.nextBoolean() ? " \t " : "\u00A0");
            } else {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        return out.append(random.nextBoolean() ? "\n" : "").toString();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, String> perfect = new LinkedHashMap<>();
        c.key().blanks().forEach(b -> perfect.put(b.blankId(), b.accepted().getLast()));
        assertThat(grade(c, perfect).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerTypedCarelesslyStillScoresOne(Case c) {
        Random random = new Random(~c.seed());
        Map<String, String> careless = new LinkedHashMap<>();
        c.key().blanks().forEach(b -> careless.put(b.blankId(), disguise(b.accepted().getFirst(), random)));
        assertThat(grade(c, careless).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aValueMatchingAPatternIsRight(Case c) {
        Map<String, String> codes = new LinkedHashMap<>();
        c.key().blanks().forEach(b -> codes.put(b.blankId(), "CASE-" + (100 + c.seed() % 900)));
        ShortAnswerResult result = grade(c, codes);
        for (BlankKey b : c.key().blanks()) {
            boolean hasPattern = !b.patterns().isEmpty();
            assertThat(result.blanks().stream().filter(f -> f.blankId().equals(b.blankId())).findFirst()
                    .orElseThrow().correct()).isEqualTo(hasPattern);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grade(c, Map.of()).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOneAndIsTheShareOfBlanksRight(Case c) {
        ShortAnswerResult result = grade(c, c.values());
        assertThat(result.score()).isBetween(0.0, 1.0);
        assertThat(result.score()).isEqualTo((double) result.correctCount() / result.blankCount());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheAnswerDoesNotMatter(Case c) {
        Map<String, String> shuffled = SeededCases.shuffled(c.values(), c.seed());
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.values()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.values()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("52aa2da96f14b408f1c7d42e50dcc22ba6f8d88e6fdf9ae930b73b91825efdfb");
    }

    private ShortAnswerResult grade(Case c, Map<String, String> values) {
        return grader.grade(c.spec(), c.key(), ShortAnswerAnswer.of(c.spec(), values));
    }
}
