package org.tnracademy.content.generator.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tnracademy.content.generator.DatasetPost;
import org.tnracademy.exercises.attribution.AttributionType;

class InteractionLogGeneratorTest {

    private static InteractionLogGenerator.Log log(long seed) {
        return new InteractionLogGenerator(seed).generate(AttributeOperatorsExercise.OPERATOR_SIZES,
                AttributeOperatorsExercise.COMMUNITIES, AttributeOperatorsExercise.COMMUNITY_SIZE,
                AttributeOperatorsExercise.LONERS);
    }

    @Test
    void theSameSeedGivesTheSameLogAndAnotherSeedAnotherOne() {
        assertThat(log(7).posts()).isEqualTo(log(7).posts());
        assertThat(log(7).operators()).isEqualTo(log(7).operators());
        assertThat(log(8).accounts()).isNotEqualTo(log(7).accounts());
    }

    @Test
    void everyAccountIsRunByOneOperatorOfTheKeyAndPosts() {
        InteractionLogGenerator.Log log = log(20250617);
        List<String> inKey = log.operators().stream().flatMap(o -> o.accounts().stream()).toList();
        assertThat(inKey).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(log.accounts());
        assertThat(log.operators().stream().filter(o -> o.accounts().size() > 1).map(o -> o.accounts().size()))
                .containsExactly(5, 4, 4);
        assertThat(log.accounts()).isSorted().allSatisfy(a -> assertThat(a).startsWith("@").endsWith("_syn"));
    }

    /** What the instructions promise: puppets boost their seed account within a minute, every wave, in their shift. */
    @Test
    void plantedPuppetsBoostTheirSeedWithinAMinuteAndPostOnlyInTheirShift() {
        InteractionLogGenerator.Log log = log(20250617);
        for (InteractionLogGenerator.Operator operator : log.operators()) {
            if (operator.accounts().size() < 2) {
                continue;
            }
            String seedAccount = operator.accounts().getFirst();
            Set<String> puppets = new HashSet<>(operator.accounts());
            List<Instant> seedItems = new ArrayList<>();
            Set<Integer> hours = new HashSet<>();
            for (DatasetPost p : log.posts()) {
                if (puppets.contains(p.author())) {
                    hours.add(Instant.parse(p.postedAt()).atZone(ZoneOffset.UTC).getHour());
                }
                if (p.author().equals(seedAccount) && p.text().contains("https://")) {
                    seedItems.add(Instant.parse(p.postedAt()));
                }
            }
            assertThat(hours.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - hours.stream().mapToInt(Integer::intValue).min().orElseThrow()).as(seedAccount).isLessThan(8);
            for (DatasetPost p : log.posts()) {
                if (puppets.contains(p.author()) && !p.author().equals(seedAccount) && p.text().contains(seedAccount)) {
                    Instant at = Instant.parse(p.postedAt());
                    assertThat(seedItems).as("a boost of %s by %s", seedAccount, p.author())
                            .anyMatch(s -> !at.isBefore(s) && at.isBefore(s.plusSeconds(120)));
                }
            }
        }
    }

    @Test
    void theGeneratedKeyReadsWithTheTypeAndTheKeysGroupingScoresOne() {
        Map<String, String> files = new AttributeOperatorsExercise().files(20250617);
        assertThat(files).containsKeys("datasets/interactions.jsonl", "exercises/attribute-accounts-to-operators.yaml",
                "keys/attribute-accounts-to-operators.key.yaml");
        InteractionLogGenerator.Log log = log(20250617);
        AttributionType type = new AttributionType();
        var spec = type.readSpec(Map.of("accounts", List.copyOf(log.accounts())));
        var key = type.readKey(spec, Map.of("operators", log.operators().stream()
                .map(o -> (Object) Map.of("accounts", List.copyOf(o.accounts()))).toList()));
        var answer = type.readAnswer(spec, Map.of("groups", log.operators().stream()
                .map(o -> (Object) List.copyOf(o.accounts())).toList()));
        assertThat(type.grade(spec, key, answer).score()).isEqualTo(1.0);
        // every account alone: the 13 puppets are in play, each with recall 1 / its operator's size
        var alone = type.grade(spec, key, new org.tnracademy.exercises.attribution.AttributionAnswer(List.of()));
        assertThat(alone.recall()).isCloseTo(3.0 / 13, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(alone.adjustedRand()).isZero();
    }
}
