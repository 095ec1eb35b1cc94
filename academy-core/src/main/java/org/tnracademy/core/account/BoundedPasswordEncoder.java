package org.tnracademy.core.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that hashes at most {@code permits} passwords at once; other sign-ins wait
 * their turn, first come first served. A hash is pure computing (one core for some tens of
 * milliseconds) and, with Argon2id, 19 MiB of memory: a burst of sign-ins all hashing at once
 * would share the cores so that every one of them takes as long as the whole burst, take memory
 * for each, and starve the pages learners are working in. In line, each waits only for the
 * hashes before it, and the rest of the node keeps its share of the cores.
 * <p>
 * A sign-in that waits longer than {@code maxWait} is refused as busy rather than kept hanging.
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore permits;
    private final long maxWaitMillis;

    public BoundedPasswordEncoder(PasswordEncoder hashing, int permits, long maxWaitMillis) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time");
        }
        this.hashing = hashing;
        this.permits = new Semaphore(permits, true);
        this.maxWaitMillis = maxWaitMillis;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> hashing.matches(rawPassword, encodedPassword));
    }

    /** Reads the hash's prefix and parameters only: no hashing, no turn to wait for. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    /** Hashes that could start now without waiting. */
    int availableNow() {
        return permits.availablePermits();
    }

    /** Sign-ins waiting for their turn to hash now. */
    public int waiting() {
        return permits.getQueueLength();
    }

    private <T> T bounded(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusyException();
        }
        if (!acquired) {
            throw new PasswordHashingBusyException();
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /** Too many sign-ins at once: this one waited its longest for a turn to check the password. */
    public static final class PasswordHashingBusyException extends AuthenticationServiceException {
        PasswordHashingBusyException() {
            super("Too many sign-ins at once: try again in a moment");
        }
    }
}
