package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.exercises.variant.VariantPolicy;

/** {@code policy.variants} of an exercise file: read when right, every problem named by field and line when not. */
class PackReaderVariantsTest {

    private final PackReader reader = new PackReader();

    private static final String CHOICE = """
            id: ex
            type: choice
            version: 1
            title: {en: "Ex"}
            instructions: {en: "Do it"}
            key: keys/ex.key.yaml
            policy:
              maxAttempts: 2
              variants: %s
            spec:
              questions:
                - id: q1
                  kind: single
                  prompt: {en: "Which?"}
                  options:
                    - {id: a, text: {en: "A"}}
                    - {id: b, text: {en: "B"}}
                - id: q2
                  kind: multiple
                  prompt: {en: "Which ones?"}
                  options:
                    - {id: a, text: {en: "A"}}
                    - {id: b, text: {en: "B"}}
            """;
    private static final String CHOICE_KEY = """
            questions:
              - id: q1
                options:
                  - {id: a, correct: true, explanation: {en: "Yes."}}
                  - {id: b, correct: false, explanation: {en: "No."}}
              - id: q2
                options:
                  - {id: a, correct: true, explanation: {en: "Yes."}}
                  - {id: b, correct: true, explanation: {en: "Yes."}}
            """;

    @Test
    void variantsWithAStratumAndASeedAreRead(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("{items: 1, stratifyBy: kind, seed: 42}"), CHOICE_KEY);
        assertThat(OneExercisePack.exercise(reader, dir).policy().variants()).isEqualTo(new VariantPolicy(1, "kind", 42));
    }

    @Test
    void withoutASeedTheExercisesIdFixesIt(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("{items: 2}"), CHOICE_KEY);
        assertThat(OneExercisePack.exercise(reader, dir).policy().variants()).isEqualTo(new VariantPolicy(2, null, VariantPolicy.defaultSeed("ex")));
    }

    @Test
    void itemsOutOfBoundsAnUnknownStratumAnUnknownFieldAndABadSeedAreEachNamed(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("{items: 501, stratifyBy: 7, seed: lucky, pick: all}"), CHOICE_KEY);
        List<String> problems = OneExercisePack.problems(reader, dir);
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:9: policy.variants.items: a whole number from 1 to 500 is required"));
        assertThat(problems).anyMatch(p -> p.contains("policy.variants.stratifyBy: the name of a stratum such as 'label' is required, was 7"));
        assertThat(problems).anyMatch(p -> p.contains("policy.variants.seed: a whole number is required, was lucky"));
        assertThat(problems).anyMatch(p -> p.contains("policy.variants.pick: unknown"));
    }

    @Test
    void aStratumTheTypeDoesNotKnowAndAPoolTooSmallAreRefused(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("{items: 2, stratifyBy: label}"), CHOICE_KEY);
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains("policy.variants.stratifyBy: choice stratifies by [kind], was 'label'"));
        OneExercisePack.write(dir, CHOICE.formatted("{items: 3}"), CHOICE_KEY);
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains(
                "policy.variants.items: the pool holds 2 items, fewer than the 3 each learner would get"));
    }

    @Test
    void variantsOnATypeWithoutAPoolAreRefusedNamingTheTypesThatHaveOne(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, """
                id: ex
                type: short-answer
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                key: keys/ex.key.yaml
                policy:
                  variants: {items: 1}
                spec:
                  blanks:
                    - id: domain
                      prompt: {en: "Which domain?"}
                """, """
                blanks:
                  - id: domain
                    accepted: ["update-sync.example"]
                    explanation: {en: "The beacon's domain."}
                """);
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains("policy.variants: exercises of type short-answer cannot "
                + "give learners variants (types that can: choice, item-labelling"));
    }

    @Test
    void aPolicyWithoutVariantsGivesEveryLearnerEveryItem(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.replace("  variants: %s\n", ""), CHOICE_KEY);
        assertThat(OneExercisePack.exercise(reader, dir).policy().variants().on()).isFalse();
    }
}
