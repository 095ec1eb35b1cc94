package org.tnracademy.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.tnracademy.ui.i18n.AccountLanguage;

class SignInLanguageTest {

    @Test
    void aLanguageChosenOnThePageIsServedAndKeptInTheSessionForTheAccount() {
        MockHttpServletRequest chosen = request("en-GB");
        chosen.setParameter("lang", "ja");

        assertThat(SignInLanguage.of(chosen)).isEqualTo(Locale.JAPANESE);
        assertThat(AccountLanguage.chosenBeforeSignIn(chosen.getSession(false))).contains("ja");

        // the next page of the session, without the parameter, keeps it over the browser's language
        MockHttpServletRequest next = request("en-GB");
        next.setSession(chosen.getSession());
        assertThat(SignInLanguage.of(next)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void withoutAChoiceTheBrowsersBestMatchAmongTheFiveIsServed() {
        assertThat(SignInLanguage.of(request("fr-CA,fr;q=0.9,en;q=0.5"))).isEqualTo(Locale.FRENCH);
        assertThat(SignInLanguage.of(request("pt-BR, de;q=0.7, en;q=0.3"))).isEqualTo(Locale.GERMAN);
        assertThat(SignInLanguage.of(request("it"))).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void aBrowserAskingForNoneOfTheFiveOrNothingGetsEnglish() {
        assertThat(SignInLanguage.of(request("pt-BR,es;q=0.8"))).isEqualTo(Locale.ENGLISH);
        assertThat(SignInLanguage.of(request(null))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void unknownHugeOrMalformedValuesAreIgnoredAndNothingIsKept() {
        for (String bad : new String[] {"xx", "", "FR", "fr-FR", "<script>", "f".repeat(100_000), "fr\u0000"}) {
            MockHttpServletRequest request = request("de");
            request.setParameter("lang", bad);
            assertThat(SignInLanguage.of(request)).as(bad.length() > 20 ? "a huge value" : bad)
                    .isEqualTo(Locale.GERMAN);
            assertThat(request.getSession(false)).isNull();
        }
        assertThat(SignInLanguage.of(request("fr;q=nonsense,,;;"))).isEqualTo(Locale.ENGLISH);
        assertThat(SignInLanguage.of(request("fr," + "x".repeat(10_000)))).as("an oversized header is not parsed")
                .isEqualTo(Locale.ENGLISH);
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
