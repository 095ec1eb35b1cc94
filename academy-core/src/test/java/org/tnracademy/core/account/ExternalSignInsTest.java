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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.support.SignedIn;

/**
 * Keycloak users get an academy account at first sign-in, found again by issuer and subject (never by
 * username alone), roles following the token; a username already taken gets a new name, never the account.
 */
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
    @Autowired
    AccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

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
    void aLocalAccountOfTheSameUsernameIsNeverTakenOverTheIdentityGetsItsOwnAccount() {
        String name = unique("local");
        provisioning.ensure(name, "Local Person", "local-password-1", EnumSet.of(Role.LEARNER));
        long localId = idOf(name);

        AccountSummary linked = external.linked(identity(name, EnumSet.of(Role.ADMIN)));

        assertThat(linked.id()).isNotEqualTo(localId);
        assertThat(linked.username()).isEqualTo(name + "-2");
        assertThat(linked.roles()).containsExactly(Role.ADMIN);
        assertThat(users.loadUserByUsername(name).getAuthorities()).extracting(a -> a.getAuthority())
                .as("the local account keeps its roles").containsExactly("ROLE_LEARNER");
        assertThat(external.linked(identity(name, EnumSet.of(Role.ADMIN))).id()).as("found again by subject")
                .isEqualTo(linked.id());
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.newestFirst(0, 50)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.EXTERNAL_USERNAME_TAKEN);
            assertThat(r.detail()).contains(name + " is taken", "subject sub-" + name, name + "-2");
        });
    }

    @Test
    void anotherSubjectWithAUsernameAlreadyLinkedGetsTheNextFreeName() {
        String name = unique("kc");
        AccountSummary first = external.linked(identity(name, EnumSet.of(Role.LEARNER)));
        AccountSummary second = external.linked(new ExternalIdentity(ISSUER, "other-subject-" + name, name, "Other",
                EnumSet.of(Role.LEARNER)));
        AccountSummary third = external.linked(new ExternalIdentity("http://localhost:8180/realms/elsewhere",
                "sub-" + name, name, "Elsewhere", EnumSet.of(Role.LEARNER)));

        assertThat(first.username()).isEqualTo(name);
        assertThat(second.username()).isEqualTo(name + "-2");
        assertThat(third.username()).as("the same subject at another issuer is another person").isEqualTo(name + "-3");
        assertThat(external.linked(identity(name, EnumSet.of(Role.LEARNER))).id()).isEqualTo(first.id());
    }

    @Test
    void aRenamedIdentityKeepsItsAccount() {
        String name = unique("kc");
        AccountSummary before = external.linked(identity(name, EnumSet.of(Role.LEARNER)));
        AccountSummary after = external.linked(new ExternalIdentity(ISSUER, "sub-" + name, name + "-renamed",
                "Kim Keycloak", EnumSet.of(Role.LEARNER)));
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.username()).isEqualTo(name);
    }

    @Test
    void anAccountMadeByAKeycloakSignInBeforeIdentitiesWereRecordedIsClaimedByTheFirstSubjectOnly() {
        String name = unique("legacy");
        provisioning.ensure(name, "Legacy Person", "legacy-password-1", EnumSet.of(Role.LEARNER));
        // what V21 marks: an account an EXTERNAL_ACCOUNT_LINKED entry of the old code created
        jdbc.update("update account set external_unclaimed = true where username = ?", name);

        AccountSummary claimed = external.linked(identity(name, EnumSet.of(Role.LEARNER)));
        AccountSummary other = external.linked(new ExternalIdentity(ISSUER, "late-" + name, name, "Late",
                EnumSet.of(Role.LEARNER)));

        assertThat(claimed.id()).isEqualTo(idOf(name));
        assertThat(other.username()).isEqualTo(name + "-2");
    }

    @Test
    void anIdentityWithoutUsernameOrSubjectIsRefusedWithTheClaimNamed() {
        assertThatThrownBy(() -> new ExternalIdentity(ISSUER, "sub-1", " ", "Name", Set.of()))
                .hasMessageContaining("preferred_username");
        assertThatThrownBy(() -> new ExternalIdentity(ISSUER, null, "someone", "Name", Set.of()))
                .hasMessageContaining("sub");
        assertThatThrownBy(() -> new ExternalIdentity(null, "sub-1", "someone", "Name", Set.of()))
                .hasMessageContaining("iss");
    }

    private long idOf(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    private static ExternalIdentity identity(String name, Set<Role> roles) {
        return new ExternalIdentity(ISSUER, "sub-" + name, name, "Kim Keycloak", roles);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
