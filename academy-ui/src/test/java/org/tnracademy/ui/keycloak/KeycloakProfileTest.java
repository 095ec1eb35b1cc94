package org.tnracademy.ui.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;

/**
 * The academy in profile {@code keycloak}, fast and without a Keycloak server: a stand-in realm
 * publishes discovery and keys and signs tokens. Sign-in starts the authorization code flow with
 * PKCE S256; /api takes the realm's bearer tokens with their roles and refuses forged, expired,
 * foreign and other clients' tokens with 401.
 */
@SpringBootTest
@ActiveProfiles("keycloak")
class KeycloakProfileTest {

    static final StubIssuer REALM = new StubIssuer();

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        registry.add("academy.oidc.issuer", REALM::issuer);
    }

    @AfterAll
    static void stopRealm() {
        REALM.close();
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountProvisioning provisioning;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void signInStartsTheAuthorizationCodeFlowWithPkceAtTheRealm() throws Exception {
        String start = mvc.perform(get("/login")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(start).endsWith("/oauth2/authorization/keycloak");
        String toRealm = mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(toRealm).startsWith(REALM.issuer() + "/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=academy-ui", "code_challenge=",
                        "code_challenge_method=S256", "scope=openid");
    }

    @Test
    void theRealmsTokensOpenTheApiWithTheirRoles() throws Exception {
        mvc.perform(get("/api/me/progress").header("Authorization", bearer(REALM.token("kc-learner",
                        List.of("learner", "offline_access")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learner").value("kc-learner"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/me/progress").header("Authorization", bearer(REALM.token("kc-teacher",
                List.of("instructor"))))).andExpect(status().isForbidden());
    }

    @Test
    void aRealmUserNamedLikeALocalAccountGetsAnAccountOfTheirOwnNeverTheLocalOne() throws Exception {
        String name = "kc-local-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Local Admin", "local-admin-password", java.util.EnumSet.of(Role.ADMIN));

        // someone who could create that username in the realm signs in with it
        mvc.perform(get("/api/me/progress").header("Authorization", bearer(REALM.tokenOf("intruder-" + name, name,
                        List.of("learner")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learner").value(name + "-2"));
        mvc.perform(get("/api/me/progress").header("Authorization", bearer(REALM.tokenOf("intruder-" + name, name,
                        List.of("learner")))))
                .andExpect(jsonPath("$.learner").value(name + "-2"));

        var reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("auditor", "n/a",
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(reader);
        try {
            assertThat(audit.newestFirst(0, 100)).anySatisfy(r -> {
                assertThat(r.action()).isEqualTo(AuditAction.EXTERNAL_USERNAME_TAKEN);
                assertThat(r.detail()).contains(name + " is taken", "subject intruder-" + name);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void refusalsOfTheApiAreJsonWithTheBearerChallenge() throws Exception {
        mvc.perform(get("/api/me/progress"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Bearer")));
        mvc.perform(get("/api/me/progress").header("Authorization", bearer(REALM.token("kc-teacher",
                        List.of("instructor")))))
                .andExpect(status().isForbidden())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void missingForgedExpiredForeignAndOtherClientsTokensAreRefusedWith401() throws Exception {
        String good = REALM.token("kc-learner", List.of("learner"));
        List<String> bad = List.of(
                good.substring(0, good.length() - 6) + "AAAAAA",
                REALM.sign("kc-learner", List.of("learner"), REALM.issuer(), "academy-ui",
                        Instant.now().minusSeconds(600)),
                REALM.sign("kc-learner", List.of("learner"), "http://localhost:1/realms/other", "academy-ui",
                        Instant.now().plusSeconds(300)),
                REALM.sign("kc-learner", List.of("learner"), REALM.issuer(), "another-client",
                        Instant.now().plusSeconds(300)));
        mvc.perform(get("/api/me/progress")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
        for (String token : bad) {
            mvc.perform(get("/api/me/progress").header("Authorization", bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.message").value("The bearer token is invalid, expired or not for this academy"));
        }
        // each refusal is audited, and no token (a credential) is written into the log
        var reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("auditor", "n/a",
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(reader);
        try {
            List<AuditRecord> refused = audit.of("(bearer token)");
            assertThat(refused).hasSizeGreaterThanOrEqualTo(bad.size())
                    .allMatch(r -> r.action() == AuditAction.SIGN_IN_FAILED);
            assertThat(audit.newestFirst(0, 200)).noneMatch(r -> r.actor().contains("eyJ")
                    || (r.detail() != null && r.detail().contains("eyJ")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
