package org.tnracademy.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SignInPageTest {

    private static final DefaultCsrfToken CSRF = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123");
    /** Each key stands for its own text, so the page shows which text went where. */
    private static final Function<String, String> KEYS = key -> "[" + key + "]";

    @Test
    void thePageCarriesTheFormWithItsLabelsAutocompleteAndTheSessionsCsrfToken() {
        String html = SignInPage.render(Locale.ENGLISH, KEYS, CSRF, SignInRefusal.NONE, false);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<title>[login.title] | [app.title]</title>")
                .contains("<main>").contains("<h1>[app.title]</h1>").contains("[login.tagline]")
                .contains("<form method=\"post\" action=\"login\">")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-123\">")
                .contains("<label for=\"username\">[login.username]</label>")
                .contains("name=\"username\" type=\"text\" autocomplete=\"username\"")
                .contains("<label for=\"password\">[login.password]</label>")
                .contains("name=\"password\" type=\"password\" autocomplete=\"current-password\"")
                .contains("<button type=\"submit\" id=\"sign-in\">[login.submit]</button>")
                .doesNotContain("role=\"alert\"").doesNotContain("demo-accounts").doesNotContain("<script");
    }

    @Test
    void eachRefusalIsAnnouncedAsAnAlertWithItsOwnWords() {
        for (SignInRefusal refusal : new SignInRefusal[] {SignInRefusal.WRONG_PASSWORD, SignInRefusal.THROTTLED,
                SignInRefusal.BUSY}) {
            String html = SignInPage.render(Locale.ENGLISH, KEYS, CSRF, refusal, false);
            assertThat(html).as(refusal.name()).contains("role=\"alert\"")
                    .contains("[" + refusal.titleKey + "]").contains("[" + refusal.messageKey + "]");
        }
        assertThat(SignInRefusal.THROTTLED.titleKey).isEqualTo("login.throttled.title");
        assertThat(SignInRefusal.BUSY.titleKey).isEqualTo("login.busy.title");
        assertThat(SignInRefusal.WRONG_PASSWORD.titleKey).isEqualTo("login.error.title");
    }

    @Test
    void theDemoAccountsAreListedOnlyWhenTheDemoSetupIsOn() {
        assertThat(SignInPage.render(Locale.ENGLISH, KEYS, CSRF, SignInRefusal.NONE, true))
                .contains("<p id=\"demo-accounts\" class=\"hint\">[login.demo-accounts]</p>");
    }

    @Test
    void theLanguageSwitchOffersTheFiveLanguagesByTheirOwnNamesWithThePagesOneSelected() {
        String html = SignInPage.render(Locale.FRENCH, KEYS, CSRF, SignInRefusal.NONE, false);

        assertThat(html).contains("<html lang=\"fr\">")
                .contains("<form method=\"get\" action=\"login\" class=\"language\">")
                .contains("<label for=\"language-switch\">[language.switch]</label>")
                .contains("<select id=\"language-switch\" name=\"lang\">")
                .contains("<option value=\"en\" lang=\"en\">English</option>")
                .contains("<option value=\"fr\" lang=\"fr\" selected>français</option>")
                .contains("<option value=\"de\" lang=\"de\">Deutsch</option>")
                .contains("<option value=\"it\" lang=\"it\">italiano</option>")
                .contains("<option value=\"ja\" lang=\"ja\">日本語</option>")
                .contains("[login.language.apply]</button>");
        assertThat(html.split("selected", -1)).as("one language selected").hasSize(2);
        // the sign-in button comes first: the form's Enter and the browser tests' first submit button
        assertThat(html.indexOf("id=\"sign-in\"")).isLessThan(html.indexOf("id=\"language-apply\""));
    }

    @Test
    void textsAndTheTokenAreEscapedWhereverTheyAreWritten() {
        Function<String, String> hostile = key -> "<script>alert('" + key + "')</script>&\"";
        DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "\"><script>x</script>");

        String html = SignInPage.render(Locale.ENGLISH, hostile, token, SignInRefusal.BUSY, true);

        assertThat(html).doesNotContain("<script").doesNotContain("'login")
                .contains("&lt;script&gt;alert(&#39;app.title&#39;)&lt;/script&gt;&amp;&quot;")
                .contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
    }
}
