package org.tnracademy.ui.login;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tnracademy.ui.i18n.AcademyI18NProvider;
import org.tnracademy.ui.security.SignInMode;

/**
 * The sign-in page, written by the server as plain HTML: no Vaadin UI, session or script for a
 * visitor nobody knows yet. Each arrival's sign-in page used to be a Vaadin view (bootstrap page,
 * init request, a UI held in memory until it expired), and every refused sign-in drew it again
 * (docs/benchmarks.md, "The CPU an arrival costs"). Spring Security handles the form's post
 * ({@code SecurityConfiguration}); MVC controllers come before Vaadin's root mapping.
 */
@Controller
// with Keycloak, people sign in on Keycloak's page (KeycloakSecurityConfiguration sends /login there)
@Profile("!" + SignInMode.KEYCLOAK_PROFILE)
class SignInPageController {

    static final String PATH = "/login";

    private final AcademyI18NProvider i18n;
    private final boolean demoAccounts;

    SignInPageController(AcademyI18NProvider i18n, @Value("${academy.demo-accounts:false}") boolean demoAccounts) {
        this.i18n = i18n;
        this.demoAccounts = demoAccounts;
    }

    @GetMapping(PATH)
    ResponseEntity<String> page(HttpServletRequest request) {
        Locale language = SignInLanguage.of(request);
        // the token Spring Security's CSRF filter puts on every request; reading it saves it in the session
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String html = SignInPage.render(language, key -> i18n.getTranslation(key, language), csrf,
                SignInRefusal.of(request), demoAccounts);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .cacheControl(CacheControl.noStore())
                .body(html);
    }
}
