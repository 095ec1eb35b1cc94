package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The header's language switch: a native select of the five languages, each by its own name. */
@SpringBootTest
@WithMockUser(username = "analyst", roles = "LEARNER")
class LanguageSwitchTest extends SpringBrowserlessTest {

    LanguageSwitch languageSwitch;

    @BeforeEach
    void onTheCatalogueInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("courses");
        languageSwitch = $(LanguageSwitch.class).id("language-switch");
    }

    @Test
    void offersTheFiveLanguagesByTheirOwnNamesWithTheCurrentOneSelected() {
        Element select = languageSwitch.getElement();
        assertThat(select.getTag()).isEqualTo("select");
        assertThat(select.getAttribute("aria-label")).isEqualTo("Language");
        assertThat(select.getChildren().map(o -> o.getAttribute("value") + "=" + o.getText()))
                .containsExactly("en=English", "fr=français", "de=Deutsch", "it=italiano", "ja=日本語");
        assertThat(select.getChildren().filter(o -> o.hasAttribute("selected")).map(o -> o.getAttribute("value")))
                .containsExactly("en");
    }

    @Test
    void choosingFrenchSwitchesTheSessionAndBackToEnglishAgain() {
        try {
            change("fr");
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
            assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        } finally {
            // the choice is remembered on the account, which the suite's other tests expect in English
            change("en");
        }
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aValueThatIsNotOneOfTheLanguagesChangesNothing() {
        change("xx");
        change("fr".repeat(100));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    /** A change as the browser sends it, with the select's new value. */
    private void change(String value) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("element.value", value);
        languageSwitch.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(languageSwitch.getElement(), "change", data));
    }
}
