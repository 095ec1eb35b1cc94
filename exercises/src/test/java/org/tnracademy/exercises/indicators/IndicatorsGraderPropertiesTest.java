package org.tnracademy.exercises.indicators;

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
 * Invariants of the indicator grader over 300 random logs, bundles, keys and answers, each generated
 * from its own fixed seed so a failure names the seed that reproduces it.
 */
class IndicatorsGraderPropertiesTest {

    private final IndicatorsGrader grader = new IndicatorsGrader();

    record Case(long seed, IndicatorsSpec spec, IndicatorsKey key, Map<String, String> answer) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return SeededCases.of(IndicatorsGraderPropertiesTest::randomCase);
    }

    static String indicatorId(int j) {
        return "indicator--a1000000-0000-4000-8000-%012d".formatted(j);
    }

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int indicatorCount = 1 + random.nextInt(5);
        List<Indicator> indicators = new ArrayList<>();
        for (int j = 0; j < indicatorCount; j++) {
            indicators.add(new Indicator(indicatorId(j), "Implant " + j, "[domain-name:value = 'host-" + j
                    + ".example'] OR [ipv4-addr:value = '198.51.100." + j + "']"));
        }
        List<LogLine> lines = new ArrayList<>();
        List<KeyHit> hits = new ArrayList<>();
        List<Decoy> decoys = new ArrayList<>();
        Map<String, String> answer = new LinkedHashMap<>();
        LocalizedText why = LocalizedText.of("why", null);
        for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
            String id = "line-" + i;
            int j = random.nextInt(indicatorCount);
            int kind = i == 0 ? 0 : random.nextInt(3); // the first line is always a hit: a key needs one
            String text = switch (kind) {
                case 0 -> "dns query A host-" + j + ".example";
                case 1 -> "dns query A host-" + j + ".example.net";
                default -> "dns query A news.example";
            };
            lines.add(new LogLine(id, text));
            if (kind == 0) {
                hits.add(new KeyHit(id, indicatorId(j), why));
            } else if (kind == 1) {
                decoys.add(new Decoy(id, why));
            }
            switch (random.nextInt(4)) {
                case 0 -> answer.put(id, indicatorId(j));
                case 1 -> answer.put(id, indicatorId(random.nextInt(indicatorCount)));
                default -> { } // left unclaimed
            }
        }
        IndicatorsSpec spec = IndicatorsSpec.of(lines, indicators);
        return new Case(seed, spec, IndicatorsKey.validated(spec, hits, decoys), answer);
    }

    private IndicatorsResult grade(Case c, Map<String, String> answer) {
        return grader.grade(c.spec(), c.key(), new IndicatorsAnswer(answer));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aPerfectAnswerScoresOne(Case c) {
        Map<String, String> perfect = new LinkedHashMap<>();
        c.key().hits().forEach(h -> perfect.put(h.lineId(), h.indicatorId()));
        IndicatorsResult r = grade(c, perfect);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEmptyAnswerScoresZero(Case c) {
        assertThat(grade(c, Map.of()).score()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyScoreLiesBetweenZeroAndOne(Case c) {
        IndicatorsResult r = grade(c, c.answer());
        assertThat(r.score()).isBetween(0.0, 1.0);
        assertThat(r.precision()).isBetween(0.0, 1.0);
        assertThat(r.recall()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOrderOfTheClaimsDoesNotMatter(Case c) {
        Map<String, String> shuffled = SeededCases.shuffled(c.answer(), c.seed());
        assertThat(grade(c, shuffled)).isEqualTo(grade(c, c.answer()));
    }

    @Test
    void theSeededCasesGradeAsTheDigestCommittedFromAnotherRun() {
        assertThat(SeededCases.digest(cases().map(c -> grade(c, c.answer()))))
                .as("what the seeded cases grade to (see SeededCases.digest)")
                .isEqualTo("2068605a82cf7d6837198c1c4aac28a0b8889716b5f30afde6e855d1c114d254");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void claimingADecoyNeverHelps(Case c) {
        Map<String, String> greedier = new LinkedHashMap<>(c.answer());
        c.key().decoys().forEach(d -> greedier.put(d.lineId(), indicatorId(0)));
        IndicatorsResult before = grade(c, withoutDecoys(c));
        IndicatorsResult after = grade(c, greedier);
        assertThat(after.score()).isLessThanOrEqualTo(before.score());
        assertThat(after.decoysClaimed()).isEqualTo(c.key().decoys().size());
    }

    private static Map<String, String> withoutDecoys(Case c) {
        Map<String, String> claims = new LinkedHashMap<>(c.answer());
        c.key().decoys().forEach(d -> claims.remove(d.lineId()));
        return claims;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void countsAddUp(Case c) {
        IndicatorsResult r = grade(c, c.answer());
        assertThat(r.hits() + r.wrongIndicator() + r.misses()).isEqualTo(c.key().hits().size());
        assertThat(r.hits() + r.wrongIndicator() + r.falseClaims()).isEqualTo(c.answer().size());
        assertThat(r.decoysClaimed()).isBetween(0, r.falseClaims());
        assertThat(r.lines()).hasSize(c.spec().lines().size());
    }
}
