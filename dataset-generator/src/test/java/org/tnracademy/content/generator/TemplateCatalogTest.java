package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

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
