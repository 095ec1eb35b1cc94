package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.exercises.calibration.ConfidenceAsk;
import org.tnracademy.exercises.calibration.ConfidencePolicy;

/** {@code policy.confidence} of an exercise file: read when right, every problem named by path and line when not. */
class PackReaderConfidenceTest {

    private final PackReader reader = new PackReader();

    private static final String CHOICE = """
            id: ex
            type: %s
            version: 1
            title: {en: "Ex"}
            instructions: {en: "Do it"}
            key: keys/ex.key.yaml
            policy:
              maxAttempts: 2
              confidence: %s
            spec:
              questions:
                - id: q1
                  kind: single
                  prompt: {en: "Which?"}
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
            """;

    @Test
    void aConfidencePerItemWithAWeightIsRead(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("choice", "{ask: per-item, weight: 0.25}"), CHOICE_KEY);
        CoursePack.Exercise e = (CoursePack.Exercise) reader.read(new DirectoryPackSource(dir)).modules().getFirst()
                .items().getFirst();
        assertThat(e.policy().confidence()).isEqualTo(new ConfidencePolicy(ConfidenceAsk.PER_ITEM, 0.25));
    }

    @Test
    void anUnknownAskAWeightAboveHalfAndAnUnknownFieldAreEachNamed(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, CHOICE.formatted("choice", "{ask: always, weight: 0.7, scale: 5}"), CHOICE_KEY);
        List<String> problems = OneExercisePack.problems(reader, dir);
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:9: policy.confidence.ask: must be one of [per-answer, per-item], was 'always'"));
        assertThat(problems).anyMatch(p -> p.startsWith("exercises/ex.yaml:9: policy.confidence.weight: a share of the score from 0 to 0.5"));
        assertThat(problems).anyMatch(p -> p.contains("policy.confidence.scale: unknown"));
    }

    @Test
    void aConfidencePerItemOnATypeThatListsNoItemsIsRefused(@TempDir Path dir) throws IOException {
        OneExercisePack.write(dir, """
                id: ex
                type: timeline
                version: 1
                title: {en: "Ex"}
                instructions: {en: "Do it"}
                key: keys/ex.key.yaml
                policy:
                  confidence: {ask: per-item}
                spec:
                  events:
                    - {id: ev-a, text: "A"}
                    - {id: ev-b, text: "B"}
                """, """
                events:
                  - {event: ev-a, at: "2025-03-04T21:30:00+01:00"}
                  - {event: ev-b, at: "2025-03-04T22:30:00+01:00"}
                """);
        assertThat(OneExercisePack.problems(reader, dir)).anyMatch(p -> p.contains("policy.confidence.ask: timeline takes a confidence per answer only"));
    }
}
