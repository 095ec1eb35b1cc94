package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
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

/** Lock-out after repeated failures, reset on success, every attempt audited; the first-run admin. */
@SpringBootTest(classes = CoreTestApplication.class, properties = "academy.admin.password=first-run-secret-42")
class SignInsTest {

    @Autowired
    SignIns signIns;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AuditLog audit;
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void fiveFailuresLockTheAccountAndEachIsAudited() {
        String name = newLearner();
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "BadCredentialsException", "192.0.2.10");
        }
        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        signIns.failed(name, "BadCredentialsException", "192.0.2.10");

        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(name)).extracting(AuditRecord::action)
                .containsOnly(AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED)
                .filteredOn(a -> a == AuditAction.SIGN_IN_FAILED).hasSize(5);
        assertThat(audit.of(name)).allMatch(r -> "192.0.2.10".equals(r.remoteAddress()));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String name = newLearner();
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "BadCredentialsException", null);
        }
        signIns.succeeded(name, "192.0.2.11");
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "BadCredentialsException", null);
        }
        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).isTrue();
    }

    @Test
    void failuresForUnknownNamesAreAuditedWithoutError() {
        String ghost = "ghost-" + UUID.randomUUID();
        signIns.failed(ghost, "BadCredentialsException", "198.51.100.3");
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(ghost)).singleElement().extracting(AuditRecord::action)
                .isEqualTo(AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void aFreshAcademyGetsAnAdministratorWithThePasswordFromTheEnvironment() {
        var admin = users.loadUserByUsername("admin");
        assertThat(admin.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_ADMIN");
        assertThat(encoder.matches("first-run-secret-42", admin.getPassword())).isTrue();
    }

    private String newLearner() {
        String name = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "Learner", "correct-horse", EnumSet.of(Role.LEARNER));
        return name;
    }
}
