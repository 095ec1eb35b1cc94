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

/**
 * Throttling of failed sign-ins by account and source address: an attacker's address is refused
 * for the account it guesses, the owner's address is not; an address spraying many accounts is
 * refused for all; very many failures from everywhere slow an account except from its owner's
 * known addresses. Every attempt and every rule that takes effect is audited. The first-run admin.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = {"academy.admin.password=first-run-secret-42",
        "academy.sign-in.max-failures-per-address=12", "academy.sign-in.slow-after-failures=20"})
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
    void fiveFailuresFromOneAddressRefuseThatAddressOnlyAndTheOwnerStillSignsInFromTheirs() {
        String name = newLearner();
        String attacker = newAddress();
        String owner = newAddress();
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "wrong username or password", attacker);
        }
        assertThat(signIns.refusal(name, attacker)).isEmpty();
        signIns.failed(name, "wrong username or password", attacker);

        assertThat(signIns.refusal(name, attacker)).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo(SignInRefusal.Rule.ACCOUNT_FROM_ADDRESS));
        assertThat(signIns.refusal(name, owner)).as("the owner's address is not refused").isEmpty();
        assertThat(users.loadUserByUsername(name).isAccountNonLocked()).as("the account is never locked").isTrue();

        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(name)).extracting(AuditRecord::action)
                .containsOnly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_THROTTLED)
                .filteredOn(a -> a == AuditAction.SIGN_IN_FAILED).hasSize(5);
        assertThat(audit.of(name)).allMatch(r -> attacker.equals(r.remoteAddress()));
        assertThat(audit.of(name)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_THROTTLED).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains(attacker, "other addresses are not affected"));
    }

    @Test
    void anAddressSprayingManyAccountsIsRefusedForEveryAccountIncludingUnknownNames() {
        String sprayer = newAddress();
        for (int i = 0; i < 12; i++) {
            // at most two guesses per account: no account-and-address rule applies
            String name = "spray-" + UUID.randomUUID().toString().substring(0, 8);
            signIns.failed(name, "wrong username or password", sprayer);
        }
        String victim = newLearner();
        assertThat(signIns.refusal(victim, sprayer)).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo(SignInRefusal.Rule.ADDRESS));
        assertThat(signIns.refusal(victim, newAddress())).as("other addresses sign in as before").isEmpty();
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.newestFirst(0, 100)).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.SIGN_IN_THROTTLED);
            assertThat(r.remoteAddress()).isEqualTo(sprayer);
            assertThat(r.detail()).contains("12 failed sign-ins from " + sprayer);
        });
    }

    @Test
    void manyFailuresFromManyAddressesSlowTheAccountButNotFromTheOwnersKnownAddress() {
        String name = newLearner();
        String home = newAddress();
        signIns.passwordAccepted(name, home);
        for (int i = 0; i < 20; i++) {
            signIns.failed(name, "wrong username or password", newAddress());
        }
        assertThat(signIns.refusal(name, newAddress())).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(SignInRefusal.Rule.ACCOUNT_SLOWED);
            assertThat(r.until()).isBefore(java.time.Instant.now().plusSeconds(11));
        });
        assertThat(signIns.refusal(name, home)).as("the owner's known address is not slowed").isEmpty();
    }

    @Test
    void aSuccessfulSignInForgivesTheFailuresFromThatAddress() {
        String name = newLearner();
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "wrong username or password", address);
        }
        signIns.passwordAccepted(name, address);
        for (int i = 0; i < 4; i++) {
            signIns.failed(name, "wrong username or password", address);
        }
        assertThat(signIns.refusal(name, address)).isEmpty();
    }

    @Test
    void refusalsBeforeThePasswordIsCheckedAreAuditedButNotCounted() {
        String name = newLearner();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIns.failed(name, "wrong username or password", address);
        }
        SignInRefusal refusal = signIns.refusal(name, address).orElseThrow();
        signIns.refusedUnchecked(name, refusal, address);
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(name)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_FAILED)
                .anySatisfy(r -> assertThat(r.detail()).contains("refused until"));
        assertThat(audit.of(name)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_THROTTLED).hasSize(1);
    }

    @Test
    void failuresForUnknownNamesAreAuditedAndCountedLikeAnyOther() {
        String ghost = "ghost-" + UUID.randomUUID();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIns.failed(ghost, "wrong username or password", address);
        }
        assertThat(signIns.refusal(ghost, address)).as("a refusal tells nothing of whether the account exists")
                .isPresent();
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(ghost)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_FAILED).hasSize(5);
    }

    @Test
    void failuresFromTwoNodesAtOnceAreEachCountedOnce() throws Exception {
        String name = newLearner();
        String address = newAddress();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var nodes = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int node = 0; node < 2; node++) {
                done.add(nodes.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        signIns.failed(name, "wrong username or password", address);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var node : done) {
                node.get();
            }
        }
        // ten failures: the pair's rule took effect twice (at the 5th and the 10th), none was lost
        SignedIn.as("auditor", Role.ADMIN);
        assertThat(audit.of(name)).filteredOn(r -> r.action() == AuditAction.SIGN_IN_THROTTLED).hasSize(2);
        assertThat(signIns.refusal(name, address)).isPresent();
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

    /** A fresh documentation address (RFC 5737 / RFC 3849), so tests never share a counter. */
    private static String newAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() & 0xfff));
}
