package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;

/** Every form of TNR, course level and content language has a name in each bundle (views show them by key). */
class CurriculumNamesTest {

    static Stream<String> bundles() {
        return AcademyI18NProvider.LANGUAGES.stream().map(TranslationsTest::bundle);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyCurriculumWordHasANameInTheBundle(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (RepressionForm form : RepressionForm.values()) {
            keys.add(form.i18nKey());
        }
        for (CourseLevel level : CourseLevel.values()) {
            keys.add(level.i18nKey());
        }
        for (ContentLanguage language : ContentLanguage.values()) {
            keys.add(language.i18nKey());
            keys.add(ContentLanguageLabels.inlineKey(language.code()));
        }
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(keys).hasSize(21).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
