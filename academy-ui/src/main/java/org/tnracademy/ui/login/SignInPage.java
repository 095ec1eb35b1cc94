package org.tnracademy.ui.login;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;
import org.tnracademy.ui.i18n.AcademyI18NProvider;

/**
 * The sign-in page's HTML: the academy's title, the form (posting the session's CSRF token to
 * {@code login}), why the last sign-in was refused, the language switch (a GET form: no script)
 * and the demo-accounts hint. Every text and value is escaped as it is written.
 */
final class SignInPage {

    private final Locale language;
    private final Function<String, String> texts;
    private final StringBuilder html = new StringBuilder(4096);

    private SignInPage(Locale language, Function<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * @param texts the page language's translation of a bundle key
     */
    static String render(Locale language, Function<String, String> texts, CsrfToken csrf, SignInRefusal refusal,
            boolean demoAccounts) {
        return new SignInPage(language, texts).write(csrf, refusal, demoAccounts);
    }

    private String write(CsrfToken csrf, SignInRefusal refusal, boolean demoAccounts) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(texts.apply("login.title") + " | " + texts.apply("app.title")))
                .append("</title>\n<link rel=\"stylesheet\" href=\"sign-in.css\">\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(texts.apply("app.title"))).append("</h1>\n")
                .append("<p class=\"tagline\">").append(escape(texts.apply("login.tagline"))).append("</p>\n");
        form(csrf, refusal);
        languageSwitch();
        if (demoAccounts) {
            html.append("<p id=\"demo-accounts\" class=\"hint\">").append(escape(texts.apply("login.demo-accounts")))
                    .append("</p>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void form(CsrfToken csrf, SignInRefusal refusal) {
        html.append("<section class=\"card\" aria-labelledby=\"sign-in-title\">\n<h2 id=\"sign-in-title\">")
                .append(escape(texts.apply("login.title"))).append("</h2>\n");
        if (refusal != SignInRefusal.NONE) {
            html.append("<div id=\"sign-in-error\" class=\"alert\" role=\"alert\">\n<p class=\"alert-title\">")
                    .append(escape(texts.apply(refusal.titleKey))).append("</p>\n<p>")
                    .append(escape(texts.apply(refusal.messageKey))).append("</p>\n</div>\n");
        }
        html.append("<form method=\"post\" action=\"login\">\n");
        if (csrf != null) {
            html.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName())).append("\" value=\"")
                    .append(escape(csrf.getToken())).append("\">\n");
        }
        html.append("<label for=\"username\">").append(escape(texts.apply("login.username"))).append("</label>\n")
                .append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
                        + "autocapitalize=\"none\" spellcheck=\"false\" required autofocus>\n")
                .append("<label for=\"password\">").append(escape(texts.apply("login.password"))).append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" "
                        + "required>\n")
                .append("<button type=\"submit\" id=\"sign-in\">").append(escape(texts.apply("login.submit")))
                .append("</button>\n</form>\n</section>\n");
    }

    private void languageSwitch() {
        html.append("<form method=\"get\" action=\"login\" class=\"language\">\n<label for=\"language-switch\">")
                .append(escape(texts.apply("language.switch")))
                .append("</label>\n<select id=\"language-switch\" name=\"")
                .append(escape(SignInLanguage.PARAMETER)).append("\">\n");
        for (Locale offered : AcademyI18NProvider.LANGUAGES) {
            String code = offered.getLanguage();
            html.append("<option value=\"").append(escape(code)).append("\" lang=\"").append(escape(code)).append('"')
                    .append(code.equals(language.getLanguage()) ? " selected>" : ">")
                    .append(escape(offered.getDisplayLanguage(offered))).append("</option>\n");
        }
        html.append("</select>\n<button type=\"submit\" id=\"language-apply\" class=\"secondary\">")
                .append(escape(texts.apply("login.language.apply"))).append("</button>\n</form>\n");
    }

    /** Text for an element's content or an attribute's value, with the characters HTML gives a meaning escaped. */
    static String escape(String text) {
        // UTF-8: only & < > " ' become references; every other character (é, 日本語) is written as it is
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
