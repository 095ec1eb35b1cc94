package org.tnracademy.ui.i18n;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.tnracademy.core.packs.PackFileProblem;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ProblemCode;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.choice.ChoiceProblem;

/**
 * Every problem code of every origin (the tree reader, the shared checks, the answers, the pack
 * reader, and any a type adds in its own package) has its words in every language of the
 * interface, and every one of them formats with sample arguments; and main code makes no problem
 * with only an English sentence, which another language's interface would show in English.
 */
class ProblemCodesTest {

    @Test
    void everyProblemCodeHasWordsInEveryLanguage() throws Exception {
        List<ProblemCode> codes = allCodes();
        assertThat(codes).contains(ReadProblem.REQUIRED, CheckProblem.DUPLICATE, AnswerProblem.Code.UNKNOWN_ITEM,
                PackProblemCode.LESSON_MISSING, PackFileProblem.ZIP_CLIMBS_OUT, ChoiceProblem.MULTIPLE_NEEDS_A_CORRECT);
        for (String bundle : AcademyI18NProvider.LANGUAGES.stream().map(TranslationsTest::bundle).toList()) {
            Set<String> keys = load(bundle).stringPropertyNames();
            Set<String> missing = new TreeSet<>();
            codes.stream().map(ProblemCode::key).filter(k -> !keys.contains(k)).forEach(missing::add);
            assertThat(missing).as("problem keys missing from " + bundle).isEmpty();
        }
    }

    @Test
    void everyProblemCodeFormatsWithArgumentsInEveryLanguage() throws Exception {
        AcademyI18NProvider provider = new AcademyI18NProvider();
        // words take either texts (kinds, values) or counts; a pattern that does not parse fails both
        Object[] texts = {"text", "number", "12"};
        Object[] counts = {3, 5, "12"};
        for (ProblemCode code : allCodes()) {
            for (Locale locale : AcademyI18NProvider.LANGUAGES) {
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

    /**
     * A problem made with only its English sentence would reach every interface in English: main
     * code gives each problem a code with arguments. The English-only constructors stay for tests,
     * which state the problems they expect by field and reason.
     */
    @Test
    void mainCodeMakesNoProblemWithOnlyAnEnglishSentence() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tnracademy");
        noClasses().should().callConstructor(SpecProblem.class, String.class, String.class)
                .orShould().callConstructor(PackProblem.class, String.class, int.class, String.class)
                .check(main);
        noClasses().that().doNotBelongToAnyOf(SpecProblem.class, PackProblem.class)
                .should().callMethod(ProblemMessage.class, "unworded", String.class)
                .check(main);
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
