package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.support.SignedIn;

/** Administrators create, change, deactivate and import accounts; bad input changes nothing. */
@SpringBootTest(classes = CoreTestApplication.class)
class AccountAdministrationTest {

    @Autowired
    AccountAdministration admin;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordEncoder encoder;

    String me;

    @BeforeEach
    void signInAsAdministrator() {
        me = "admin-" + suffix();
        provisioning.ensure(me, "Admin", "admin-password-1", EnumSet.of(Role.ADMIN));
        SignedIn.as(me, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void anAccountIsCreatedWithItsRolesAndAudited() {
        String name = "new-" + suffix();
        AccountSummary created = admin.create(new NewAccount(name, "New Analyst", "long-enough-pw", EnumSet.of(Role.LEARNER,
                Role.INSTRUCTOR)));
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
        assertThat(encoder.matches("long-enough-pw", users.loadUserByUsername(name).getPassword())).isTrue();
        assertThat(audit.of(me)).extracting(AuditRecord::action).contains(AuditAction.ACCOUNT_CREATED);
    }

    @Test
    void everyProblemOfANewAccountIsNamedAndNothingIsCreated() {
        long before = accounts.count();
        assertThatThrownBy(() -> admin.create(new NewAccount("Bad Name!", " ", "short", EnumSet.noneOf(Role.class))))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::reason).containsExactlyInAnyOrder(
                                AccountProblem.Reason.USERNAME_FORMAT, AccountProblem.Reason.REQUIRED,
                                AccountProblem.Reason.PASSWORD_TOO_SHORT, AccountProblem.Reason.NO_ROLE));
        assertThatThrownBy(() -> admin.create(new NewAccount(me, "Dup", "long-enough-pw", EnumSet.of(Role.LEARNER))))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::reason).containsExactly(AccountProblem.Reason.USERNAME_TAKEN));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void rolesChangeButTheLastAdministratorStays() {
        String name = "learner-" + suffix();
        AccountSummary a = admin.create(new NewAccount(name, "L", "long-enough-pw", EnumSet.of(Role.LEARNER)));
        assertThat(admin.changeRoles(a.id(), EnumSet.of(Role.COHORT_MANAGER)).roles())
                .containsExactly(Role.COHORT_MANAGER);
        assertThatThrownBy(() -> admin.changeRoles(a.id(), EnumSet.noneOf(Role.class)))
                .isInstanceOf(AccountChangeRefusedException.class);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndAnAdministratorCannotDeactivateThemselves() {
        String name = "leaver-" + suffix();
        AccountSummary a = admin.create(new NewAccount(name, "L", "long-enough-pw", EnumSet.of(Role.LEARNER)));
        admin.setEnabled(a.id(), false);
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        admin.setEnabled(a.id(), true);
        assertThat(users.loadUserByUsername(name).isEnabled()).isTrue();

        long myId = accounts.current().id();
        assertThatThrownBy(() -> admin.setEnabled(myId, false))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems().getFirst()
                        .reason()).isEqualTo(AccountProblem.Reason.OWN_ACCOUNT));
    }

    @Test
    void aPasswordResetReplacesThePasswordAndRefusesShortOnes() {
        String name = "forgetful-" + suffix();
        AccountSummary a = admin.create(new NewAccount(name, "F", "long-enough-pw", EnumSet.of(Role.LEARNER)));
        admin.resetPassword(a.id(), "another-long-one");
        assertThat(encoder.matches("another-long-one", users.loadUserByUsername(name).getPassword())).isTrue();
        assertThatThrownBy(() -> admin.resetPassword(a.id(), "tiny")).isInstanceOf(AccountChangeRefusedException.class);
    }

    @Test
    void aCsvImportCreatesEveryAnalystAndStoresNamesAsGiven() {
        String s = suffix();
        int created = admin.importLearners("""
                username,display_name,password
                a-%1$s,"Ana <script>alert(1)</script>",long-enough-pw
                b-%1$s,"=HYPERLINK(""x"")",long-enough-pw
                c-%1$s,"O'Brien; DROP TABLE account;--",long-enough-pw
                """.formatted(s));
        assertThat(created).isEqualTo(3);
        assertThat(accounts.learners(0, 10_000)).extracting(AccountSummary::displayName)
                .contains("Ana <script>alert(1)</script>", "=HYPERLINK(\"x\")", "O'Brien; DROP TABLE account;--");
    }

    @Test
    void aCsvWithBadRowsImportsNothingAndNamesEveryRow() {
        String s = suffix();
        long before = accounts.count();
        assertThatThrownBy(() -> admin.importLearners("""
                username,display_name,password
                ok-%1$s,Fine,long-enough-pw
                Bad Name,,short
                ok-%1$s,Twice,long-enough-pw
                %2$s,Taken,long-enough-pw
                """.formatted(s, me)))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row() + ":" + p.reason()).containsExactlyInAnyOrder(
                                "3:USERNAME_FORMAT", "3:REQUIRED", "3:PASSWORD_TOO_SHORT",
                                "4:DUPLICATE_IN_FILE", "5:USERNAME_TAKEN"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aCsvWithoutTheColumnsIsRefused() {
        assertThatThrownBy(() -> admin.importLearners("name;pass\nx;y\n"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::reason).contains(AccountProblem.Reason.MISSING_COLUMN));
        assertThatThrownBy(() -> admin.importLearners("username,display_name,password\n"))
                .isInstanceOf(AccountChangeRefusedException.class);
    }

    @Test
    void onlyAdministratorsMayAdministerAccounts() {
        SignedIn.as(me, Role.COHORT_MANAGER);
        assertThatThrownBy(() -> admin.create(new NewAccount("x-" + suffix(), "X", "long-enough-pw",
                EnumSet.of(Role.LEARNER)))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.importLearners("username,display_name,password\n"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
