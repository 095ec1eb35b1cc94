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

    private static final String SET_SELECTION = """
            id: ex
            type: set-selection
            version: 1
            title: {en: "Ex"}
            instructions: {en: "Do it"}
            key: keys/ex.key.yaml
            policy:
              variants: %s
            spec:
              items: [a-01, a-02, a-03, a-04, a-05, a-06, a-07, a-08, a-09, a-10, a-11, a-12]
            """;

    @Test
    void aSetSelectionVariantWithAnItemOfTheSetForEveryLearnerIsRead(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, SET_SELECTION.formatted("{items: 6}"), "selected: [a-01, a-02, a-03]\n");
        assertThat(OneExercisePack.exercise(reader, dir).policy().variants().items()).isEqualTo(6);
    }

    @Test
    void variantsTooSmallToHoldAnItemOfTheSetAreRefusedWithTheTypesReason(@TempDir Path dir) throws IOException {
        // 2 of 12 accounts, 1 in the set: its share is 1/6 of an item, so no learner would have one to find
        OneExercisePack.write(dir, SET_SELECTION.formatted("{items: 2, stratifyBy: selected}"), "selected: [a-01]\n");
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.startsWith("exercises/ex.yaml:8: "
                + "policy.variants.items: with 2 per learner, a variant would not be an exercise of type set-selection (selected:"));
        // one item is no choice: the spec needs two
        OneExercisePack.write(dir, SET_SELECTION.formatted("{items: 1}"), "selected: [a-01, a-02, a-03, a-04, a-05, a-06]\n");
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains(
                "policy.variants.items: with 1 per learner, a variant would not be an exercise of type set-selection (items:"));
    }

    @Test
    void variantsOnATypeWithoutAPoolAreRefusedNamingTheTypesThatHaveOne(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, """
                id: ex
                type: technique-tagging
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                key: keys/ex.key.yaml
                policy:
                  variants: {items: 1}
                spec:
                  catalogue:
                    - {id: T0085, tactic: TA06, name: {en: "Develop text-based content"}}
                    - {id: T0049, tactic: TA17, name: {en: "Flood information space"}}
                """, """
                techniques:
                  - id: T0049
                    explanation: {en: "Hundreds of replies bury the target's posts."}
                """);
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains("policy.variants: exercises of type "
                + "technique-tagging cannot give learners variants (types that can: choice, item-labelling, "
                + "set-selection, spans, indicators, estimate, short-answer)"));
    }

    @Test
    void aPolicyWithoutVariantsGivesEveryLearnerEveryItem(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.replace("  variants: %s\n", ""), CHOICE_KEY);
        assertThat(OneExercisePack.exercise(reader, dir).policy().variants().on()).isFalse();
    }
}
