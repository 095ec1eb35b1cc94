package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    private final List<PostTemplate> templates = TemplateCatalog.all();

    @Test
    void everyLabelHasTemplatesInBothLanguages() {
        for (Label label : Label.values()) {
            for (Language lang : Language.values()) {
                assertThat(templates).as("%s/%s", label, lang)
                        .filteredOn(t -> t.label() == label && t.lang() == lang).hasSizeGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void everyTemplateAndExplanationFillsForAWomanAndForAMan() {
        for (PostTemplate t : templates) {
            for (boolean woman : new boolean[] {true, false}) {
                Cast cast = Cast.draw(new SeededRandom(7), t.lang(), woman);
                assertThatCode(() -> {
                    cast.fill(t.text());
                    Texts.map(t.why(), cast::fill);
                }).as(t.text()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void explanationsAreWrittenInEveryLanguage() {
        assertThat(templates).allSatisfy(t -> {
            assertThat(t.why().byLanguage().keySet()).containsExactlyElementsOf(Texts.LANGUAGES);
            for (String code : Texts.LANGUAGES) {
                assertThat(Texts.in(t.why(), code)).isNotBlank();
                if (!code.equals("en")) {
                    assertThat(Texts.in(t.why(), code)).as(code).isNotEqualTo(Texts.en(t.why()));
                }
            }
        });
    }

    @Test
    void everyLanguageOfAnExplanationFillsTheSamePlaceholders() {
        // a placeholder lost or misspelt in one translation would show "{name}" to its readers, or drop the name
        List<org.tnracademy.exercises.LocalizedText> explanations = new java.util.ArrayList<>();
        templates.forEach(t -> explanations.add(t.why()));
        MessageTemplates.all().forEach(t -> explanations.add(t.why()));
        assertThat(explanations).allSatisfy(why -> {
            Set<String> english = placeholders(Texts.en(why));
            for (String code : Texts.LANGUAGES) {
                assertThat(placeholders(Texts.in(why, code))).as("%s in %s", Texts.en(why), code)
                        .isEqualTo(english);
            }
        });
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{[A-Za-z]+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void postsByTheTargetAreBenign() {
        // a target speaking for themselves (own tip line, denial of a smear) is the hard negative
        assertThat(templates).filteredOn(PostTemplate::byTarget).isNotEmpty()
                .allSatisfy(t -> assertThat(t.label()).isEqualTo(Label.BENIGN));
    }

    @Test
    void anUnknownPlaceholderIsReported() {
        Cast cast = Cast.draw(new SeededRandom(1), Language.EN, true);
        assertThatCode(() -> cast.fill("Hello {nobody}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{nobody}");
    }
}
