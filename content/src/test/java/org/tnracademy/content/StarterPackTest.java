package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.exercises.labelling.KeyEntry;
import org.tnracademy.exercises.labelling.LabellingAnswer;
import org.tnracademy.exercises.labelling.LabellingGrader;
import org.tnracademy.exercises.labelling.LabellingKey;
import org.tnracademy.exercises.labelling.LabellingSpec;

/** The starter pack passes the core's real validator, and every exercise answered with its key scores 1. */
class StarterPackTest {

    private final CoursePack pack = new PackReader()
            .read(new ClasspathPackSource("packs/tnr-foundations", getClass().getClassLoader()));

    @Test
    void theStarterPackIsValidAndBilingual() {
        assertThat(pack.id()).isEqualTo("tnr-foundations");
        assertThat(pack.title().byLanguage()).containsKeys("en", "fr");
        pack.modules().stream().flatMap(m -> m.items().stream()).forEach(item -> {
            switch (item) {
                case CoursePack.Lesson l -> {
                    assertThat(l.title().byLanguage()).as(l.id()).containsKeys("en", "fr");
                    assertThat(l.markdown().byLanguage()).as(l.id()).containsKeys("en", "fr");
                }
                case CoursePack.Exercise e -> {
                    assertThat(e.title().byLanguage()).as(e.id()).containsKeys("en", "fr");
                    assertThat(e.instructions().byLanguage()).as(e.id()).containsKeys("en", "fr");
                    e.key().forEach(k -> assertThat(k.explanation().byLanguage()).as(k.item()).containsKeys("en", "fr"));
                }
            }
        });
    }

    @Test
    void everyExerciseAnsweredWithItsKeyScoresOne() {
        LabellingGrader grader = new LabellingGrader();
        var exercises = pack.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePack.Exercise.class::isInstance).map(CoursePack.Exercise.class::cast).toList();
        assertThat(exercises).isNotEmpty();
        for (CoursePack.Exercise e : exercises) {
            LabellingSpec spec = LabellingSpec.of(e.labels().stream().map(CoursePack.Label::id).toList());
            Map<String, KeyEntry> entries = new LinkedHashMap<>();
            Map<String, String> answer = new LinkedHashMap<>();
            e.key().forEach(k -> {
                entries.put(k.item(), new KeyEntry(k.label(), k.explanation()));
                answer.put(k.item(), k.label());
            });
            double score = grader.grade(spec, LabellingKey.validated(spec, entries), new LabellingAnswer(answer)).score();
            assertThat(score).as(e.id()).isEqualTo(1.0);
        }
    }
}
