package org.tnracademy.core.account;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A sign-in that waits longer than {@code maxWait} is refused as busy rather than kept hanging, and
 * so is one that finds {@code maxInLine} others already waiting: each waiting sign-in holds one of
 * the server's request threads, and a line longer than a share of them would leave none for the
 * pages learners are working in (every request of theirs would wait behind the sign-ins).
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore permits;
    private final long maxWaitMillis;
    private final int maxInLine;
    private final AtomicInteger inLine = new AtomicInteger();

    public BoundedPasswordEncoder(PasswordEncoder hashing, int permits, long maxWaitMillis, int maxInLine) {
        if (permits < 1) {
            throw new IllegalArgumentException("At least one password hash must be allowed at a time");
        }
        if (maxInLine < 0) {
            throw new IllegalArgumentException("The line of sign-ins waiting to hash cannot be shorter than empty");
        }
        this.hashing = hashing;
        this.permits = new Semaphore(permits, true);
        this.maxWaitMillis = maxWaitMillis;
        this.maxInLine = maxInLine;
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
        return inLine.get();
    }

    private <T> T bounded(Supplier<T> hash) {
        if (!turn()) {
            throw new PasswordHashingBusyException();
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /** Takes a turn to hash: at once if one is free and nobody waits, else in line, if the line has room. */
    private boolean turn() {
        try {
            // a zero wait still respects the line (the untimed tryAcquire would jump it)
            if (permits.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (inLine.incrementAndGet() > maxInLine) {
                inLine.decrementAndGet();
                return false;
            }
            try {
                return permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
            } finally {
                inLine.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Too many sign-ins at once: this one waited its longest for a turn to check the password, or found the line full. */
    public static final class PasswordHashingBusyException extends AuthenticationServiceException {
        PasswordHashingBusyException() {
            super("Too many sign-ins at once: try again in a moment");
        }
    }
}
