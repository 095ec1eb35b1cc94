package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditRecord;
import org.tnracademy.core.support.SignedIn;

/** People change their own password: only with the current one, by the rules, typed twice, audited. */
@SpringBootTest(classes = CoreTestApplication.class)
class AccountSelfServiceTest {

    private static final String CURRENT = "current-password-1";

    @Autowired
    AccountSelfService self;
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
    void theRightCurrentPasswordAndARuleAbidingNewOneChangeItAndAreAudited() {
        String name = signedInLearner();
        self.changePassword(CURRENT, "brand-new-password", "brand-new-password");

        String hash = users.loadUserByUsername(name).getPassword();
        assertThat(encoder.matches("brand-new-password", hash)).isTrue();
        assertThat(encoder.matches(CURRENT, hash)).isFalse();
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(name)).extracting(AuditRecord::action).contains(AuditAction.PASSWORD_CHANGED);
    }

    @Test
    void everyProblemIsReportedByFieldAndNothingChanges() {
        String name = signedInLearner();
        assertThatThrownBy(() -> self.changePassword("not-my-password", "short", "shorter"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::field, AccountProblem::reason)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("currentPassword", AccountProblem.Reason.WRONG_PASSWORD),
                                org.assertj.core.groups.Tuple.tuple("newPassword", AccountProblem.Reason.PASSWORD_TOO_SHORT),
                                org.assertj.core.groups.Tuple.tuple("repeatedPassword", AccountProblem.Reason.PASSWORDS_DIFFER)));
        assertThat(encoder.matches(CURRENT, users.loadUserByUsername(name).getPassword())).isTrue();
    }

    @Test
    void aMissingCurrentPasswordOrTheSamePasswordAgainIsRefused() {
        signedInLearner();
        assertThatThrownBy(() -> self.changePassword("", "brand-new-password", "brand-new-password"))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::reason).containsExactly(AccountProblem.Reason.REQUIRED));
        assertThatThrownBy(() -> self.changePassword(CURRENT, CURRENT, CURRENT))
                .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> assertThat(e.problems())
                        .extracting(AccountProblem::reason).containsExactly(AccountProblem.Reason.SAME_PASSWORD));
    }

    @Test
    void nobodySignedInCannotChangeAnything() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        assertThatThrownBy(() -> self.changePassword(CURRENT, "brand-new-password", "brand-new-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> self.rememberMyInterfaceLanguage("fr")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> self.myInterfaceLanguage()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChosenInterfaceLanguageIsRememberedForThePersonAndNobodyElse() {
        String first = signedInLearner();
        assertThat(self.myInterfaceLanguage()).as("no choice yet: the browser decides").isEmpty();
        self.rememberMyInterfaceLanguage("fr");
        self.rememberMyInterfaceLanguage("ja");
        assertThat(self.myInterfaceLanguage()).contains("ja");

        signedInLearner();
        assertThat(self.myInterfaceLanguage()).isEmpty();
        SignedIn.as(first, Role.LEARNER);
        assertThat(self.myInterfaceLanguage()).contains("ja");
    }

    @Test
    void aLanguageThatIsNoIsoCodeIsRefusedQuotedShortAndTheChoiceStays() {
        signedInLearner();
        self.rememberMyInterfaceLanguage("fr");
        for (String wrong : new String[] {null, "", "FR", "fr-CA", "f", "français", "x".repeat(5_000)}) {
            assertThatThrownBy(() -> self.rememberMyInterfaceLanguage(wrong)).as("%.20s", wrong)
                    .isInstanceOfSatisfying(AccountChangeRefusedException.class, e -> {
                        assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("language");
                            assertThat(p.reason()).isEqualTo(AccountProblem.Reason.LANGUAGE_FORMAT);
                            assertThat(p.value() == null ? 0 : p.value().length()).isLessThanOrEqualTo(17);
                        });
                    });
        }
        assertThat(self.myInterfaceLanguage()).contains("fr");
    }

    private String signedInLearner() {
        String name = "self-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Self Service", CURRENT, EnumSet.of(Role.LEARNER));
        SignedIn.as(name, Role.LEARNER);
        return name;
    }
}
