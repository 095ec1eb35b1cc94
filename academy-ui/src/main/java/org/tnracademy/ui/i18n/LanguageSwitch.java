package org.tnracademy.ui.i18n;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/**
 * Switches the interface language; the page reloads in the new language. The choice is the
 * person's (see {@link AccountLanguage}): remembered for their next sessions once they are signed in.
 *
 * <p>A native {@code <select>}, as on the sign-in page: it is on every page of every learner, and a
 * Vaadin select keeps a server-side component per language (about 11 KB more per open page). The
 * browser's own picker is also the one a phone and a screen reader know best.
 */
@Tag("select")
public class LanguageSwitch extends Component {

    /** The event the page fires when a language reached with the keyboard is confirmed. */
    static final String CHOSEN_BY_KEYBOARD = "academy-language-chosen";

    /** True unless the keyboard moved through the list since the last language was chosen. */
    static final String NOT_KEYED = "!element.__academyKeyed";

    private final AccountLanguage languages;

    public LanguageSwitch(AccountLanguage languages) {
        this.languages = languages;
        Element select = getElement();
        setId("language-switch");
        select.setAttribute("aria-label", getTranslation("language.switch"));
        select.getClassList().add("academy-language-switch");
        Locale current = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        for (Locale language : AcademyI18NProvider.LANGUAGES) {
            Element option = new Element("option").setAttribute("value", language.getLanguage())
                    .setText(language.getDisplayLanguage(language));
            // the language's own name, read in its own language by a screen reader
            option.setAttribute("lang", language.getLanguage());
            if (language.getLanguage().equals(current.getLanguage())) {
                option.setAttribute("selected", "");
            }
            select.appendChild(option);
        }
        // a pick with the mouse or a finger switches at once; from the keyboard the arrow keys only
        // move through the list (Chromium on Windows and Linux fires "change" on each of them, and a
        // reload on the first would make the later languages unreachable): Enter or leaving the list
        // switches to the one reached (WCAG 3.2.2, no change of context on input alone)
        select.addEventListener("change", e -> choose(e.getEventData().get("element.value").asString()))
                .addEventData("element.value").setFilter(NOT_KEYED);
        select.addEventListener(CHOSEN_BY_KEYBOARD, e -> choose(e.getEventData().get("element.value").asString()))
                .addEventData("element.value");
        select.executeJs("""
                const chosen = () => {
                  if (this.__academyKeyed) {
                    this.__academyKeyed = false;
                    this.dispatchEvent(new Event($0));
                  }
                };
                this.addEventListener('keydown', e => {
                  if (e.key === 'Enter') {
                    chosen();
                  } else if (!['Tab', 'Shift', 'Escape', 'Control', 'Alt', 'Meta'].includes(e.key)) {
                    this.__academyKeyed = true;
                  }
                });
                this.addEventListener('blur', chosen);""", CHOSEN_BY_KEYBOARD);
    }

    /**
     * The language whose code the browser sent; the page's own language, or anything that is not one
     * of the languages (a forged value), changes nothing.
     */
    private void choose(String code) {
        Locale current = UI.getCurrent().getLocale();
        AcademyI18NProvider.offered(code).filter(l -> !l.getLanguage().equals(current.getLanguage()))
                .ifPresent(language -> {
            languages.choose(language);
            UI.getCurrent().setLocale(language);
            // an exercise page first hands its unsent typing to the server (see DraftKeeper)
            UI.getCurrent().getPage().executeJs("""
                    const draft = window.__academyDraft;
                    (draft && draft.flush ? draft.flush() : Promise.resolve())
                      .catch(() => {}).finally(() => location.reload());""");
        });
    }
}
