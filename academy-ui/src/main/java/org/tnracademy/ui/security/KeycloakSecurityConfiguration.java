package org.tnracademy.ui.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.tnracademy.core.account.ExternalIdentity;
import org.tnracademy.core.account.ExternalSignIns;
import org.tnracademy.ui.operations.VaadinRoundTrips;

/**
 * Sign-in through Keycloak (profile {@code keycloak}) with Spring Security's own OIDC client:
 * authorization code with PKCE (S256, which Spring Security 7 sends by default), realm roles from
 * the ID token's {@code roles} claim, and sign-out that ends the Keycloak session too
 * (RP-initiated logout, installed by Vaadin's {@code oauth2LoginPage}).
 */
@Configuration
@EnableWebSecurity
@Profile(SignInMode.KEYCLOAK_PROFILE)
class KeycloakSecurityConfiguration {

    /** Spring Security's start of the authorization code flow for the registration "keycloak". */
    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    /** The claim naming the academy account a signed-in person is (not a Keycloak claim: ours). */
    static final String ACCOUNT_CLAIM = "academy_account";

    @Bean
    SecurityFilterChain academySecurity(HttpSecurity http) throws Exception {
        // the page's round trips first, by a check of their query string: Vaadin's rules below grant
        // all of its own requests the same, but each round trip walked them; then the stylesheet and
        // its web fonts, public like any page asset
        VaadinRoundTrips roundTrips = new VaadinRoundTrips();
        http.authorizeHttpRequests(a -> a.requestMatchers(roundTrips).permitAll()
                .requestMatchers("/styles.css", "/fonts/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(roundTrips));
        SecurityHeaders.apply(http);
        // the local login view has no use here: an old bookmark of it leads to Keycloak's login page
        http.addFilterBefore((request, response, chain) -> {
            HttpServletRequest r = (HttpServletRequest) request;
            if ("GET".equals(r.getMethod()) && r.getRequestURI().equals(r.getContextPath() + "/login")) {
                ((HttpServletResponse) response).sendRedirect(r.getContextPath() + LOGIN_PAGE);
            } else {
                chain.doFilter(request, response);
            }
        }, SecurityContextHolderFilter.class);
        // Vaadin's request cache hands what it saves to this one (its configurer's documented hook)
        http.setSharedObject(RequestCache.class, new SavedRequestsBesideRoundTrips());
        // after sign-out Keycloak sends people back to the start page, which asks them to sign in again
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}"));
        return http.build();
    }

    /** Keycloak's realm roles become the academy's ROLE_* authorities; Keycloak's own ones stay as they are. */
    @Bean
    GrantedAuthoritiesMapper keycloakRealmRoles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(KeycloakRoles.authorities(KeycloakRoles.of(oidc.getIdToken().getClaims())));
                    if (oidc.getUserInfo() != null) {
                        mapped.addAll(KeycloakRoles.authorities(KeycloakRoles.of(oidc.getUserInfo().getClaims())));
                    }
                }
            }
            return mapped;
        };
    }

    /**
     * Loads the person as Spring Security does, then links them to their academy account by issuer
     * and subject (created at first sign-in, roles brought up to date), so progress and the
     * gradebook work for them. They are signed in under that account's name, which is their
     * {@code preferred_username} unless another account had it first.
     */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers(ExternalSignIns externalSignIns) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            String issuer = user.getIdToken().getIssuer() == null
                    ? request.getClientRegistration().getProviderDetails().getIssuerUri()
                    : user.getIdToken().getIssuer().toString();
            String username = externalSignIns.linked(identity(issuer, user.getClaims())).username();
            return asAccount(user, username);
        };
    }

    /** The same person, named by their academy account (claim {@value #ACCOUNT_CLAIM}, added to what user info holds). */
    static OidcUser asAccount(OidcUser user, String username) {
        Map<String, Object> claims = new HashMap<>(user.getUserInfo() == null ? Map.of() : user.getUserInfo().getClaims());
        claims.put(ACCOUNT_CLAIM, username);
        return new DefaultOidcUser(user.getAuthorities(), user.getIdToken(), new OidcUserInfo(claims), ACCOUNT_CLAIM);
    }

    static ExternalIdentity identity(String issuer, Map<String, Object> claims) {
        try {
            return new ExternalIdentity(issuer, string(claims, "sub"), string(claims, "preferred_username"),
                    displayName(claims), KeycloakRoles.of(claims));
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info", e.getMessage(), null), e);
        }
    }

    private static String displayName(Map<String, Object> claims) {
        String name = string(claims, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = string(claims, "given_name");
        String family = string(claims, "family_name");
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }

    private static String string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? null : value.toString();
    }
}
