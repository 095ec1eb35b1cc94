package org.tnracademy.ui.login;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.tnracademy.ui.i18n.AcademyI18NProvider;
import org.tnracademy.ui.i18n.AccountLanguage;

/**
 * The sign-in page's language: one chosen on the page ({@code ?lang=fr}, kept in the session and
 * made the account's at sign-in by {@link AccountLanguage}), else the browser's best match among
 * the languages offered, else English. An unknown or oversized value is ignored.
 */
final class SignInLanguage {

    static final String PARAMETER = "lang";
    /** Longer than any browser sends: a header past it is not parsed, English is served. */
    private static final int MAX_ACCEPT_LANGUAGE = 512;

    private SignInLanguage() {
    }

    /** The page's language; a valid choice in the request is remembered in the session. */
    static Locale of(HttpServletRequest request) {
        Optional<Locale> chosen = AcademyI18NProvider.offered(request.getParameter(PARAMETER));
        if (chosen.isPresent()) {
            AccountLanguage.chooseBeforeSignIn(request.getSession(), chosen.get());
            return chosen.get();
        }
        return AccountLanguage.chosenBeforeSignIn(request.getSession(false)).flatMap(AcademyI18NProvider::offered)
                .or(() -> fromBrowser(request.getHeader("Accept-Language")))
                .orElse(Locale.ENGLISH);
    }

    /** The best match of an {@code Accept-Language} header among the offered languages. */
    static Optional<Locale> fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, AcademyI18NProvider.LANGUAGES));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
