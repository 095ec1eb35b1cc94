package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ProblemCode;
import org.tnracademy.exercises.ReadProblem;

/**
 * Every problem code of every origin (the tree reader, the shared checks, the answers, the pack
 * reader, and any a type adds in its own package) has its words in English and in French, and
 * every one of them formats with sample arguments.
 */
class ProblemCodesTest {

    @Test
    void everyProblemCodeHasWordsInEnglishAndFrench() throws Exception {
        List<ProblemCode> codes = allCodes();
        assertThat(codes).contains(ReadProblem.REQUIRED, CheckProblem.DUPLICATE, AnswerProblem.Code.UNKNOWN_ITEM,
                PackProblemCode.LESSON_MISSING);
        for (String bundle : List.of("translations", "translations_fr")) {
            Set<String> keys = load(bundle).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            codes.stream().map(ProblemCode::key).filter(k -> !keys.contains(k)).forEach(missing::add);
            assertThat(missing).as("problem keys missing from " + bundle).isEmpty();
        }
    }

    @Test
    void everyProblemCodeFormatsWithArgumentsInBothLanguages() throws Exception {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        // words take either texts (kinds, values) or counts; a pattern that does not parse fails both
        Object[] texts = {"text", "number", "12"};
        Object[] counts = {3, 5, "12"};
        for (ProblemCode code : allCodes()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                String words;
                try {
                    words = provider.getTranslation(code.key(), locale, texts);
                } catch (IllegalArgumentException countsExpected) {
                    words = provider.getTranslation(code.key(), locale, counts);
                }
                assertThat(words).as(code.key() + " in " + locale).isNotBlank().doesNotStartWith("!")
                        .doesNotContain("{");
            }
        }
    }

    /** The problem codes found on the class path under org.tnracademy: enums implementing ProblemCode. */
    static List<ProblemCode> allCodes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(ProblemCode.class));
        List<ProblemCode> codes = new ArrayList<>();
        for (var definition : scan.findCandidateComponents("org.tnracademy")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    codes.add((ProblemCode) constant);
                }
            }
        }
        return codes;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemCodesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
