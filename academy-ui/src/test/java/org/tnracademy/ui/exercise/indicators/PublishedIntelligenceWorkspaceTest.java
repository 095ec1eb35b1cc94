package org.tnracademy.ui.exercise.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.IndicatorsType;
import org.tnracademy.ui.exercise.workspace.IndicatorsExample;

/**
 * An indicator exercise on published intelligence: the learner sees where the bundle comes from and
 * its licence, in English and French; an unnamed indicator is shown by its pattern.
 */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class PublishedIntelligenceWorkspaceTest extends SpringBrowserlessTest {

    private static final String SOURCE = "https://research.example/2024/nightowl/indicators.stix2";

    private void open(Locale locale, Map<String, Object> intelligence) {
        UI.getCurrent().setLocale(locale);
        Map<String, Object> tree = new LinkedHashMap<>(IndicatorsExample.spec());
        tree.put("intelligence", intelligence);
        IndicatorsSpec spec = new IndicatorsType().readSpec(tree);
        UI.getCurrent().add(new IndicatorsWorkspace(spec).component());
    }

    @Test
    void theLearnerSeesTheSourceAsALinkAndTheLicence() {
        open(Locale.ENGLISH, Map.of("source", SOURCE, "licence", "CC BY 4.0"));
        Div box = $(Div.class).id("indicator-intelligence");
        assertThat(box.getElement().getTextRecursively()).contains("published threat intelligence", "Source:");
        Anchor link = $(Anchor.class, box).single();
        assertThat(link.getHref()).isEqualTo(SOURCE);
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
        assertThat($(Span.class).id("indicator-intelligence-licence").getText()).isEqualTo("Licence: CC BY 4.0");
    }

    @Test
    void aCitationIsShownAsTextInFrench() {
        open(Locale.FRENCH, Map.of("source", "Rapport synthétique, laboratoire fictif, 2024", "licence", "CC0 1.0"));
        Div box = $(Div.class).id("indicator-intelligence");
        assertThat($(Anchor.class, box).exists()).isFalse();
        assertThat(box.getElement().getTextRecursively()).contains("renseignement", "Source :",
                "Rapport synthétique, laboratoire fictif, 2024");
        assertThat($(Span.class).id("indicator-intelligence-licence").getText()).isEqualTo("Licence : CC0 1.0");
    }

    @Test
    void aSyntheticBundleShowsNoSource() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().add(new IndicatorsWorkspace(new IndicatorsType().readSpec(IndicatorsExample.spec())).component());
        assertThat($(Div.class).withId("indicator-intelligence").exists()).isFalse();
    }

    @Test
    void anUnnamedIndicatorIsShownByItsPattern() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Map<String, Object> tree = new LinkedHashMap<>(IndicatorsExample.spec());
        Map<String, Object> unnamed = new LinkedHashMap<>();
        unnamed.put("type", "indicator");
        unnamed.put("spec_version", "2.1");
        unnamed.put("id", IndicatorsExample.C2);
        unnamed.put("pattern", "[process:name='bh']");
        unnamed.put("pattern_type", "stix");
        tree.put("bundle", Map.of("type", "bundle", "id", "bundle--b1000000-0000-4000-8000-000000000001",
                "objects", List.of(unnamed)));
        UI.getCurrent().add(new IndicatorsWorkspace(new IndicatorsType().readSpec(tree)).component());
        assertThat($(VerticalLayout.class).id("indicator-list").getElement().getTextRecursively())
                .contains("1. Unnamed indicator", "[process:name='bh']");
    }
}
