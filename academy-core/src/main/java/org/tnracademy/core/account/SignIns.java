package org.tnracademy.core.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;

/**
 * What comes before and after a sign-in attempt with a password: whether it may be tried at all,
 * the audit entry, and the counting of failures. Failures are counted three ways (README,
 * "Sign-in throttling"), so that guessing from one address never locks the owner out from another:
 * <ul>
 *   <li>per account and source address: after {@code max-failures} the account is refused from
 *       that address only, for {@code lock-minutes};</li>
 *   <li>per source address, across accounts: after {@code max-failures-per-address} every sign-in
 *       from that address is refused for {@code lock-minutes} (spraying many accounts);</li>
 *   <li>per account, across addresses: after {@code slow-after-failures} the account takes one
 *       password check every {@code slow-seconds}, except from addresses its owner signed in from
 *       in the last {@value #KNOWN_ADDRESS_DAYS} days: slowed, never locked.</li>
 * </ul>
 * Failures are counted whether or not the account exists, so a refusal tells nobody which names
 * exist; the counts live in the database, so every node applies them. For the sign-in machinery
 * only (nobody is signed in yet when it runs). The address is the one the server resolved through
 * its trusted proxies: a client cannot choose it.
 */
@Component
public class SignIns {

    /** How long an address the owner signed in from stays exempt from the account-wide slowing. */
    static final int KNOWN_ADDRESS_DAYS = 90;

    private final SignInCounterRepository counters;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final int slowAfterFailures;
    private final Duration window;
    private final Duration slowFor;

    SignIns(SignInCounterRepository counters, AuditLog audit, TransactionTemplate tx,
            @Value("${academy.sign-in.max-failures:5}") int maxFailures,
            @Value("${academy.sign-in.max-failures-per-address:30}") int maxFailuresPerAddress,
            @Value("${academy.sign-in.slow-after-failures:100}") int slowAfterFailures,
            @Value("${academy.sign-in.lock-minutes:15}") int lockMinutes,
            @Value("${academy.sign-in.slow-seconds:10}") int slowSeconds) {
        this.counters = counters;
        this.audit = audit;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.slowAfterFailures = slowAfterFailures;
        this.window = Duration.ofMinutes(lockMinutes);
        this.slowFor = Duration.ofSeconds(slowSeconds);
    }

    /** Why a password for this account from this address is not to be checked now; empty when it may be. */
    public Optional<SignInRefusal> refusal(String username, String remoteAddress) {
        Instant now = Instant.now();
        Optional<SignInCounter> source = counters.findById(SignInCounter.source(remoteAddress));
        if (source.isPresent() && source.get().blockedAt(now)) {
            return Optional.of(new SignInRefusal(SignInRefusal.Rule.ADDRESS, source.get().blockedUntil()));
        }
        Optional<SignInCounter> pair = counters.findById(SignInCounter.pair(username, remoteAddress));
        if (pair.isPresent() && pair.get().blockedAt(now)) {
            return Optional.of(new SignInRefusal(SignInRefusal.Rule.ACCOUNT_FROM_ADDRESS, pair.get().blockedUntil()));
        }
        boolean knownAddress = pair.isPresent() && pair.get().succeededSince(now.minus(KNOWN_ADDRESS_DAYS, ChronoUnit.DAYS));
        Optional<SignInCounter> account = counters.findById(SignInCounter.account(username));
        if (!knownAddress && account.isPresent() && account.get().blockedAt(now)) {
            return Optional.of(new SignInRefusal(SignInRefusal.Rule.ACCOUNT_SLOWED, account.get().blockedUntil()));
        }
        return Optional.empty();
    }

    /** A sign-in, however made (password, identity provider): audited. */
    public void succeeded(String username, String remoteAddress) {
        audit.record(username, AuditAction.SIGN_IN, null, remoteAddress);
    }

    /**
     * A password accepted (on the login page, or at each stateless /api call): forgives the failures
     * for the account from this address and marks the address as one its owner uses, writing only
     * when that changes something.
     */
    public void passwordAccepted(String username, String remoteAddress) {
        Instant now = Instant.now();
        String key = SignInCounter.pair(username, remoteAddress);
        Optional<SignInCounter> pair = counters.findById(key);
        if (pair.isPresent() && !pair.get().blockedAt(now) && pair.get().failures() == 0
                && pair.get().succeededSince(now.minus(1, ChronoUnit.HOURS))) {
            return;
        }
        counting(() -> locked(key, now).succeeded(now));
    }

    /** A refused attempt: audited in every case, counted against the account and address whether or not the account exists. */
    public void failed(String username, String reason, String remoteAddress) {
        audit.record(username, AuditAction.SIGN_IN_FAILED, reason, remoteAddress);
        Instant now = Instant.now();
        List<String> throttled = new ArrayList<>();
        counting(() -> {
            throttled.clear();
            counters.deleteStale(now.minus(1, ChronoUnit.DAYS), now, now.minus(KNOWN_ADDRESS_DAYS, ChronoUnit.DAYS));
            String address = remoteAddress == null ? "an unknown address" : remoteAddress;
            // always in this order (address, pair, account), so two nodes never wait on each other
            SignInCounter source = locked(SignInCounter.source(remoteAddress), now);
            if (source.failed(now, window) >= maxFailuresPerAddress) {
                source.blockUntil(now.plus(window), now);
                throttled.add(maxFailuresPerAddress + " failed sign-ins from " + address + " within "
                        + window.toMinutes() + " minutes: every sign-in from it refused for " + window.toMinutes()
                        + " minutes");
            }
            SignInCounter pair = locked(SignInCounter.pair(username, remoteAddress), now);
            if (pair.failed(now, window) >= maxFailures) {
                pair.blockUntil(now.plus(window), now);
                throttled.add(maxFailures + " failed sign-ins for this account from " + address + ": refused from "
                        + "this address for " + window.toMinutes() + " minutes; other addresses are not affected");
            }
            SignInCounter account = locked(SignInCounter.account(username), now);
            int failures = account.failed(now, window);
            if (failures >= slowAfterFailures) {
                account.waitUntil(now.plus(slowFor));
                if (failures == slowAfterFailures) {
                    throttled.add(slowAfterFailures + " failed sign-ins for this account within " + window.toMinutes()
                            + " minutes: one attempt every " + slowFor.toSeconds() + " seconds, except from the "
                            + "addresses its owner signed in from");
                }
            }
        });
        throttled.forEach(rule -> audit.record(username, AuditAction.SIGN_IN_THROTTLED, rule, remoteAddress));
    }

    /** A refused sign-in without a password (a bearer token, an identity provider's answer): audited only. */
    public void failedWithoutPassword(String who, String reason, String remoteAddress) {
        audit.record(who, AuditAction.SIGN_IN_FAILED, reason, remoteAddress);
    }

    /** An attempt refused by a throttling rule before its password was checked: audited, not counted. */
    public void refusedUnchecked(String username, SignInRefusal refusal, String remoteAddress) {
        audit.record(username, AuditAction.SIGN_IN_FAILED, refusal.describe(), remoteAddress);
    }

    private SignInCounter locked(String key, Instant now) {
        return counters.lockByKey(key).orElseGet(() -> counters.saveAndFlush(new SignInCounter(key, now)));
    }

    /** Runs the counting in a transaction; once more when another node created the same counter meanwhile. */
    private void counting(Runnable work) {
        try {
            tx.executeWithoutResult(status -> work.run());
        } catch (DataIntegrityViolationException raced) {
            tx.executeWithoutResult(status -> work.run());
        }
    }
}
