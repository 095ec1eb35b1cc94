package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tnracademy.core.CoreTestApplication;

/**
 * Passwords are hashed with Argon2id at OWASP's settings; the academy's earlier bcrypt hashes still
 * sign in and are replaced at that sign-in; at most so many hashes run at once.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class PasswordHashingTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountUserDetailsService accountDetails;
    @Autowired
    AccountRepository accounts;

    @Test
    void aNewPasswordIsHashedWithArgon2idAtOwaspSettings() {
        String hash = encoder.encode(PASSWORD);

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        assertThat(encoder.matches("another passphrase", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void anEarlierBcryptHashSignsInAndIsReplacedByArgon2idAtThatSignIn() {
        String username = "bcrypt-" + UUID.randomUUID().toString().substring(0, 8);
        String bcrypt = "{bcrypt}" + PasswordHashing.bcrypt10().encode(PASSWORD);
        accounts.saveAndFlush(new Account(username, "Earlier", bcrypt, Set.of(Role.LEARNER), Instant.now()));
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(accountDetails);
        signIn.setPasswordEncoder(encoder);
        signIn.setUserDetailsPasswordService(accountDetails);

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD))
                .isAuthenticated()).isTrue();

        String stored = accounts.findByUsername(username).orElseThrow().passwordHash();
        assertThat(stored).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches(PASSWORD, stored)).as("the same password, hashed anew").isTrue();
    }

    @Test
    void noMoreHashesRunAtOnceThanPermitted() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch queued = new CountDownLatch(1);
        PasswordEncoder counting = new CountingEncoder(now, most, queued);
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(counting, 2, 60_000, 60);
        try (ExecutorService signIns = Executors.newFixedThreadPool(8)) {
            Future<?>[] all = new Future<?>[8];
            for (int i = 0; i < all.length; i++) {
                all[i] = signIns.submit(() -> bounded.matches(PASSWORD, "hash"));
            }
            // the first two hash and hold on until others are seen waiting in line
            while (bounded.waiting() < 6 && !all[0].isDone()) {
                Thread.onSpinWait();
            }
            queued.countDown();
            for (Future<?> f : all) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aSignInThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(
                new CountingEncoder(new AtomicInteger(), new AtomicInteger(), release), 1, 50, 60);
        try (ExecutorService first = Executors.newSingleThreadExecutor()) {
            Future<Boolean> holding = first.submit(() -> bounded.matches(PASSWORD, "hash"));
            while (bounded.availableNow() > 0) {
                Thread.onSpinWait();
            }
            assertThatThrownBy(() -> bounded.matches(PASSWORD, "hash"))
                    .isInstanceOf(BoundedPasswordEncoder.PasswordHashingBusyException.class);
            release.countDown();
            assertThat(holding.get(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSignInThatFindsTheLineFullIsRefusedAtOnceAndTheLineStillMoves() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // one turn, one place in line, and a wait long enough that only a full line explains a quick refusal
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(
                new CountingEncoder(new AtomicInteger(), new AtomicInteger(), release), 1, 600_000, 1);
        try (ExecutorService signIns = Executors.newFixedThreadPool(2)) {
            Future<Boolean> hashing = signIns.submit(() -> bounded.matches(PASSWORD, "hash"));
            while (bounded.availableNow() > 0) {
                Thread.onSpinWait();
            }
            Future<Boolean> waiting = signIns.submit(() -> bounded.matches(PASSWORD, "hash"));
            while (bounded.waiting() < 1) {
                Thread.onSpinWait();
            }
            // without the bound on the line it would wait its ten minutes
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> bounded.matches(PASSWORD, "hash"))
                    .isInstanceOf(BoundedPasswordEncoder.PasswordHashingBusyException.class));
            assertThat(bounded.waiting()).as("the refused sign-in took no place in line").isEqualTo(1);
            release.countDown();
            assertThat(hashing.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(waiting.get(60, TimeUnit.SECONDS)).as("the one in line had its turn").isTrue();
        }
        assertThat(bounded.waiting()).isZero();
        assertThat(bounded.availableNow()).isEqualTo(1);
    }

    /** Counts the hashes running at once; each waits for {@code release} before it answers. */
    private record CountingEncoder(AtomicInteger now, AtomicInteger most, CountDownLatch release)
            implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                return release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                now.decrementAndGet();
            }
        }
    }
}
