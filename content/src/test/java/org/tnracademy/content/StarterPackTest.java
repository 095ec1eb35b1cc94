package org.tnracademy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackFileValidator;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.exercises.types.ExerciseTypes;
import org.tnracademy.exercises.labelling.LabellingType;

/**
 * The starter pack passes the core's real validator, and every exercise as the validator read it,
 * answered with its key, scores 1 (written analyses, graded by instructors, read cleanly).
 */
class StarterPackTest {

    private final CoursePack pack = new PackReader()
            .read(new ClasspathPackSource("packs/tnr-foundations", getClass().getClassLoader()));

    /** The file checks see every file the pack ships, its README too, and find nothing to refuse. */
    @Test
    void everyFileOfTheStarterPackPassesTheFileChecks() {
        ClasspathPackSource source = new ClasspathPackSource("packs/tnr-foundations", getClass().getClassLoader());
        assertThat(source.files()).contains("course.yaml", "datasets/README.md", "datasets/posts-basics.jsonl")
                .hasSizeGreaterThan(50);
        assertThat(new PackFileValidator().check(source)).isEmpty();
    }

    private static final String[] LANGUAGES = ContentLanguage.codes().toArray(String[]::new);

    @Test
    @SuppressWarnings("unchecked")
    void theStarterPackIsValidAndInEveryContentLanguage() {
        assertThat(pack.id()).isEqualTo("tnr-foundations");
        assertThat(pack.title().byLanguage()).containsKeys(LANGUAGES);
        assertThat(pack.summary().byLanguage()).containsKeys(LANGUAGES);
        pack.modules().forEach(m -> assertThat(m.title().byLanguage()).as(m.id()).containsKeys(LANGUAGES));
        pack.modules().stream().flatMap(m -> m.items().stream()).forEach(item -> {
            switch (item) {
                case CoursePack.Lesson l -> {
                    assertThat(l.title().byLanguage()).as(l.id()).containsKeys(LANGUAGES);
                    assertThat(l.markdown().byLanguage()).as(l.id()).containsKeys(LANGUAGES);
                }
                case CoursePack.Exercise e -> {
                    assertThat(e.title().byLanguage()).as(e.id()).containsKeys(LANGUAGES);
                    assertThat(e.instructions().byLanguage()).as(e.id()).containsKeys(LANGUAGES);
                    if (e.type().equals(LabellingType.ID)) {
                        keyItems(e).forEach(k -> assertThat((Map<String, Object>) k.get("explanation"))
                                .as(String.valueOf(k.get("item"))).containsKeys(LANGUAGES));
                    }
                }
            }
        });
    }

    @Test
    void everyExerciseAnsweredWithItsKeyScoresOne() {
        var exercises = pack.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePack.Exercise.class::isInstance).map(CoursePack.Exercise.class::cast).toList();
        assertThat(exercises).isNotEmpty();
        for (CoursePack.Exercise e : exercises) {
            if (ExerciseTypes.get(e.type()).gradedByInstructor()) {
                ExerciseTypes.get(e.type()).check(e.spec(), e.key());
                continue;
            }
            var answer = PerfectAnswers.of(e.type(), e.key());
            double score = ExerciseTypes.autoGraded(e.type()).gradeTrees(e.spec(), e.key(), answer).score();
            assertThat(score).as(e.id()).isEqualTo(1.0);
        }
    }

    /** The entries of an item-labelling key tree: {@code {items: [{item, label, explanation}]}}. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keyItems(CoursePack.Exercise e) {
        return (List<Map<String, Object>>) e.key().get("items");
    }
}
