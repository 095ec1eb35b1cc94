package org.tnracademy.core.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Failed sign-ins counted under one key (an address and a username, an address, or a username) in
 * a fixed window, and until when that key is refused or slowed. In the database, so every node
 * counts the same failures.
 */
@Entity
@Table(name = "sign_in_throttle")
class SignInCounter {

    /** What the key column holds: the longest username an account has, the longest address, and a prefix. */
    static final int MAX_USERNAME = 100;
    static final int MAX_ADDRESS = 64;

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Version
    private Long version;

    protected SignInCounter() {
    }

    SignInCounter(String key, Instant now) {
        this.key = key;
        this.windowStartedAt = now;
    }

    static String pair(String username, String address) {
        return "pair:" + address(address) + " " + username(username);
    }

    static String source(String address) {
        return "source:" + address(address);
    }

    static String account(String username) {
        return "account:" + username(username);
    }

    // a typed name longer than any account's is cut: it only shares its counter with longer typed names
    private static String username(String username) {
        String name = username == null ? "" : username;
        return name.length() <= MAX_USERNAME ? name : name.substring(0, MAX_USERNAME);
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return a.length() <= MAX_ADDRESS ? a : a.substring(0, MAX_ADDRESS);
    }

    String key() {
        return key;
    }

    boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    int failures() {
        return failures;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    /** Whether the account's owner signed in successfully under this key since {@code since}. */
    boolean succeededSince(Instant since) {
        return lastSuccessAt != null && lastSuccessAt.isAfter(since);
    }

    /** Counts one failure in the current window (a new one when the last has ended); returns the count. */
    int failed(Instant now, Duration window) {
        if (!windowStartedAt.plus(window).isAfter(now)) {
            windowStartedAt = now;
            failures = 0;
        }
        return ++failures;
    }

    /** Refuses (or slows) this key until then, and starts counting anew. */
    void blockUntil(Instant until, Instant now) {
        blockedUntil = until;
        windowStartedAt = now;
        failures = 0;
    }

    /** Keeps counting in the window, only extends how long the key waits (the account-wide slowing). */
    void waitUntil(Instant until) {
        blockedUntil = until;
    }

    /** The owner signed in under this key: its failures are forgiven and the address is known. */
    void succeeded(Instant now) {
        failures = 0;
        blockedUntil = null;
        lastSuccessAt = now;
    }
}
