package org.tnracademy.core.account;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How local passwords are hashed: Argon2id with OWASP's first recommended settings (Password
 * Storage Cheat Sheet: 19 MiB of memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash). Each
 * hash carries its algorithm in a {@code {id}} prefix and its parameters in the hash itself, so
 * older hashes still verify: the academy's earlier {@code {bcrypt}} hashes (cost 10), and any hash
 * Spring Security's factory knows. Such a hash is replaced by an Argon2id one on the account's next
 * successful sign-in ({@link AccountUserDetailsService#updatePassword}); so is an Argon2 hash with
 * weaker parameters than these.
 */
public final class PasswordHashing {

    static final String ARGON2ID = "argon2";
    /** KiB: 19 MiB. */
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private PasswordHashing() {
    }

    /**
     * The encoder new passwords are hashed with: the reference C implementation where its native
     * library loads (Linux, macOS and Windows on x86-64 and ARM), else BouncyCastle's Java port.
     */
    public static PasswordEncoder argon2id() {
        return NativeArgon2PasswordEncoder.load(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS)
                .orElseGet(PasswordHashing::argon2idInJava);
    }

    /** Argon2id at the same settings in Java (BouncyCastle): the same hashes, about twice the CPU time. */
    public static PasswordEncoder argon2idInJava() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    /** The academy's earlier encoder, whose hashes stay valid until upgraded. */
    public static PasswordEncoder bcrypt10() {
        return new BCryptPasswordEncoder(10);
    }

    /**
     * Hashes with Argon2id; verifies the two algorithms the academy has written, Argon2 of any
     * parameters included (they are read from the hash).
     */
    public static PasswordEncoder delegating() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", bcrypt10());
        encoders.put(ARGON2ID, argon2id());
        return new DelegatingPasswordEncoder(ARGON2ID, encoders);
    }
}
