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
                    cast.fill(t.why().en());
                    cast.fill(t.why().fr());
                }).as(t.text()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void explanationsAreWrittenInBothLanguages() {
        assertThat(templates).allSatisfy(t -> {
            assertThat(t.why().en()).isNotBlank().isNotEqualTo(t.why().fr());
            assertThat(t.why().fr()).isNotBlank();
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
