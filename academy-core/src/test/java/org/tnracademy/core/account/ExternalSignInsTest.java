package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.support.SignedIn;

/** Keycloak users get an academy account at first sign-in, found again by username, roles following the token. */
@SpringBootTest(classes = CoreTestApplication.class)
class ExternalSignInsTest {

    private static final String ISSUER = "http://localhost:8180/realms/academy";

    @Autowired
    ExternalSignIns external;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theFirstSignInCreatesTheAccountWithTheTokensRolesAndNoUsablePassword() {
        String name = unique("kc");
        AccountSummary account = external.linked(identity(name, EnumSet.of(Role.LEARNER)));

        assertThat(account.username()).isEqualTo(name);
        assertThat(account.displayName()).isEqualTo("Kim Keycloak");
        assertThat(account.roles()).containsExactly(Role.LEARNER);
        String hash = users.loadUserByUsername(name).getPassword();
        for (String guess : new String[] {"", name, "Kim Keycloak", "password"}) {
            assertThat(encoder.matches(guess, hash)).as(guess).isFalse();
        }
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.newestFirst(0, 50)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.EXTERNAL_ACCOUNT_LINKED);
            assertThat(r.detail()).contains(name, ISSUER, "subject sub-" + name);
        });
    }

    @Test
    void laterSignInsFindTheSameAccountAndFollowRoleChanges() {
        String name = unique("kc");
        long id = external.linked(identity(name, EnumSet.of(Role.LEARNER))).id();
        assertThat(external.linked(identity(name, EnumSet.of(Role.LEARNER))).id()).isEqualTo(id);

        AccountSummary promoted = external.linked(identity(name, EnumSet.of(Role.LEARNER, Role.INSTRUCTOR)));
        assertThat(promoted.id()).isEqualTo(id);
        assertThat(promoted.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
        AccountSummary emptied = external.linked(identity(name, Set.of()));
        assertThat(emptied.roles()).isEmpty();
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.newestFirst(0, 50)).filteredOn(r -> r.action() == AuditAction.ROLES_CHANGED
                && r.detail().startsWith(name + ":")).hasSize(2);
    }

    @Test
    void anExistingLocalAccountWithTheSameUsernameIsLinkedNotDuplicated() {
        String name = unique("local");
        provisioning.ensure(name, "Local Person", "local-password-1", EnumSet.of(Role.LEARNER));
        AccountSummary linked = external.linked(identity(name, EnumSet.of(Role.COHORT_MANAGER)));
        assertThat(linked.displayName()).isEqualTo("Local Person");
        assertThat(linked.roles()).containsExactly(Role.COHORT_MANAGER);
    }

    @Test
    void anIdentityWithoutUsernameOrSubjectIsRefusedWithTheClaimNamed() {
        assertThatThrownBy(() -> new ExternalIdentity(ISSUER, "sub-1", " ", "Name", Set.of()))
                .hasMessageContaining("preferred_username");
        assertThatThrownBy(() -> new ExternalIdentity(ISSUER, null, "someone", "Name", Set.of()))
                .hasMessageContaining("sub");
    }

    private static ExternalIdentity identity(String name, Set<Role> roles) {
        return new ExternalIdentity(ISSUER, "sub-" + name, name, "Kim Keycloak", roles);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
