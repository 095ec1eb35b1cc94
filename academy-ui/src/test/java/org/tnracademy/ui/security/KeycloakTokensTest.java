package org.tnracademy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.ExternalIdentity;
import org.tnracademy.core.account.ExternalSignIns;
import org.tnracademy.core.account.Role;

/** How Keycloak's claims become the academy's person and roles, for browser sign-in and bearer tokens alike. */
class KeycloakTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/academy";

    @Test
    void realmRolesMapToTheAcademysRolesAndKeycloaksOwnRolesGrantNothing() {
        assertThat(KeycloakRoles.of(Map.of("roles", List.of("learner", "cohort-manager", "offline_access",
                "default-roles-academy", "ADMIN")))).containsExactlyInAnyOrder(Role.LEARNER, Role.COHORT_MANAGER);
        assertThat(KeycloakRoles.of(Map.of("roles", List.of("instructor", "admin"))))
                .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.ADMIN);
        assertThat(KeycloakRoles.of(Map.of())).isEmpty();
        assertThat(KeycloakRoles.of(Map.of("roles", "admin"))).as("not a list").isEmpty();
    }

    @Test
    void aBearerTokenNamesThePersonByTheirLinkedAccountWithItsRoles() {
        ExternalSignIns signIns = mock(ExternalSignIns.class);
        when(signIns.linked(any())).thenReturn(new AccountSummary(7, "analyst", "Alex Analyst",
                java.util.Set.of(Role.LEARNER), true));
        var authentication = new KeycloakBearerTokens(signIns).convert(jwt(Map.of("sub", "f00-1",
                "preferred_username", "analyst", "given_name", "Alex", "family_name", "Analyst",
                "roles", List.of("learner", "offline_access"))));

        assertThat(authentication.getName()).isEqualTo("analyst");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_LEARNER");
        ArgumentCaptor<ExternalIdentity> linked = ArgumentCaptor.forClass(ExternalIdentity.class);
        verify(signIns).linked(linked.capture());
        assertThat(linked.getValue()).isEqualTo(new ExternalIdentity(ISSUER, "f00-1", "analyst", "Alex Analyst",
                java.util.Set.of(Role.LEARNER)));
    }

    @Test
    void aBearerTokenWhoseUsernameWasTakenIsNamedByTheAccountMadeForItsSubject() {
        ExternalSignIns signIns = mock(ExternalSignIns.class);
        when(signIns.linked(any())).thenReturn(new AccountSummary(8, "analyst-2", "Impostor",
                java.util.Set.of(Role.ADMIN), true));
        var authentication = new KeycloakBearerTokens(signIns).convert(jwt(Map.of("sub", "f00-9",
                "preferred_username", "analyst", "roles", List.of("admin"))));
        assertThat(authentication.getName()).isEqualTo("analyst-2");
    }

    @Test
    void anOidcSignInIsNamedByTheLinkedAccountKeepingItsTokens() {
        var idToken = new org.springframework.security.oauth2.core.oidc.OidcIdToken("id-token", Instant.now(),
                Instant.now().plusSeconds(300), Map.of("sub", "f00-9", "iss", ISSUER, "preferred_username", "analyst"));
        var user = new org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser(
                List.of(new org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority(idToken)), idToken,
                "preferred_username");
        var renamed = KeycloakSecurityConfiguration.asAccount(user, "analyst-2");
        assertThat(renamed.getName()).isEqualTo("analyst-2");
        assertThat(renamed.getIdToken()).isSameAs(idToken);
        assertThat(renamed.getSubject()).isEqualTo("f00-9");
        assertThat(List.copyOf(renamed.getAuthorities())).isEqualTo(List.copyOf(user.getAuthorities()));
    }

    @Test
    void aTokenWithoutUsernameIsRefusedAsAnInvalidTokenNamingTheClaim() {
        ExternalSignIns signIns = mock(ExternalSignIns.class);
        assertThatThrownBy(() -> new KeycloakBearerTokens(signIns).convert(jwt(Map.of("sub", "f00-2",
                "roles", List.of("learner")))))
                .isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("preferred_username");
        verify(signIns, never()).linked(any());
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
