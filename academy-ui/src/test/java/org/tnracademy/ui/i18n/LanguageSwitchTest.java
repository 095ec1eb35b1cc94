package org.tnracademy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void arrowKeysOnlyMoveThroughTheListAndEnterSwitchesToTheLanguageReached() {
        try {
            // Chromium fires "change" on each arrow key: the page's filter holds it back
            fire("change", "de", false);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
            fire(LanguageSwitch.CHOSEN_BY_KEYBOARD, "it", null);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ITALIAN);
        } finally {
            change("en");
        }
    }

    @Test
    void choosingThePagesOwnLanguageAgainDoesNotReloadIt() {
        scriptsToRun(); // what the page set up before
        change("en");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(scriptsToRun()).noneMatch(js -> js.contains("location.reload"));
        change("fr");
        try {
            assertThat(scriptsToRun()).anyMatch(js -> js.contains("location.reload"));
        } finally {
            change("en");
        }
    }

    /** The scripts the page was asked to run since the last call. */
    private static List<String> scriptsToRun() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression()).toList();
    }

    /** A change as the browser sends it after a pick with the mouse, with the select's new value. */
    private void change(String value) {
        fire("change", value, true);
    }

    /** @param notKeyed the page's filter on "change" (null for an event without one) */
    private void fire(String event, String value, Boolean notKeyed) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("element.value", value);
        if (notKeyed != null) {
            data.put(LanguageSwitch.NOT_KEYED, notKeyed);
        }
        languageSwitch.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(languageSwitch.getElement(), event, data));
    }
}
