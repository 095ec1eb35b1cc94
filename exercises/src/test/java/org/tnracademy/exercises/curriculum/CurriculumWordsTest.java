package org.tnracademy.exercises.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids packs store parse back to their word, and nothing else does. */
class CurriculumWordsTest {

    @Test
    void everyStoredIdParsesBackToItsWord() {
        for (RepressionForm form : RepressionForm.values()) {
            assertThat(RepressionForm.byId(form.id())).contains(form);
        }
        for (CourseLevel level : CourseLevel.values()) {
            assertThat(CourseLevel.byId(level.id())).contains(level);
        }
        for (ContentLanguage language : ContentLanguage.values()) {
            assertThat(ContentLanguage.byCode(language.code())).contains(language);
        }
    }

    @Test
    void unknownOrDifferentlySpelledIdsAreNotWords() {
        assertThat(RepressionForm.byId("threat-to-family")).isEmpty();
        assertThat(RepressionForm.byId("DOXING")).isEmpty();
        assertThat(RepressionForm.byId(null)).isEmpty();
        assertThat(CourseLevel.byId("expert")).isEmpty();
        assertThat(ContentLanguage.byCode("es")).isEmpty();
        assertThat(ContentLanguage.byCode("DE")).isEmpty();
    }

    @Test
    void levelsRunFromEasiestToHardestAndEnglishComesFirst() {
        assertThat(CourseLevel.ids()).containsExactly("beginner", "intermediate", "advanced");
        assertThat(ContentLanguage.codes().getFirst()).isEqualTo(ContentLanguage.REQUIRED.code());
        assertThat(ContentLanguage.codes()).containsExactly("en", "fr", "de", "it", "ja");
    }
}
