package org.tnracademy.core.account;

import java.nio.CharBuffer;
import java.util.Optional;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id computed by the reference C implementation (through argon2-jvm) instead of
 * BouncyCastle's Java port: on the academy's 2-core node a check at OWASP's settings takes about
 * 24 ms of one core against 40 to 110 ms (docs/benchmarks.md), and its 19 MiB of memory is taken
 * and freed outside the Java heap, so a burst of sign-ins neither fills the young generation nor
 * is copied by the collector. Hashes are the same PHC strings ({@code $argon2id$v=19$m=...}) that
 * Spring's {@link Argon2PasswordEncoder} writes and reads, so hashes written by either verify with
 * the other; which parameters count as too weak is Spring's decision, asked of an encoder of the
 * same settings.
 */
final class NativeArgon2PasswordEncoder implements PasswordEncoder {

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);

    private final Argon2 argon2;
    private final Argon2PasswordEncoder sameSettings;
    private final int memoryKib;
    private final int iterations;
    private final int parallelism;

    private NativeArgon2PasswordEncoder(Argon2 argon2, int saltLength, int hashLength, int parallelism,
            int memoryKib, int iterations) {
        this.argon2 = argon2;
        this.sameSettings = new Argon2PasswordEncoder(saltLength, hashLength, parallelism, memoryKib, iterations);
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /**
     * The native encoder of these settings, or empty where the native library cannot be loaded
     * (a platform argon2-jvm ships none for, or native access refused): the caller then hashes in
     * Java, with the same results, only slower.
     */
    static Optional<PasswordEncoder> load(int saltLength, int hashLength, int parallelism, int memoryKib,
            int iterations) {
        try {
            Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, saltLength, hashLength);
            NativeArgon2PasswordEncoder encoder = new NativeArgon2PasswordEncoder(argon2, saltLength, hashLength,
                    parallelism, memoryKib, iterations);
            // one hash at the smallest cost proves the library loads and runs here
            argon2.hash(1, 8, 1, new char[] {'x'});
            return Optional.of(encoder);
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn("Native Argon2 not available here ({}); passwords are hashed by BouncyCastle in Java, "
                    + "about twice the CPU time per sign-in", unavailable.toString());
            return Optional.empty();
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        char[] password = chars(rawPassword);
        try {
            return argon2.hash(iterations, memoryKib, parallelism, password);
        } finally {
            argon2.wipeArray(password);
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        if (!encodedPassword.startsWith("$argon2id$")) {
            // Argon2i or Argon2d, never written here: the Java port reads the type from the hash
            return sameSettings.matches(rawPassword, encodedPassword);
        }
        char[] password = chars(rawPassword);
        try {
            return argon2.verify(encodedPassword, password);
        } catch (IllegalStateException malformed) {
            // the library's answer to a hash it cannot decode; as Spring's encoder does, no match
            log.warn("A stored Argon2 hash could not be read: {}", malformed.getMessage());
            return false;
        } finally {
            argon2.wipeArray(password);
        }
    }

    /** Reads the hash's parameters only; weaker than these settings means hash again. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return sameSettings.upgradeEncoding(encodedPassword);
    }

    private static char[] chars(CharSequence raw) {
        CharBuffer buffer = CharBuffer.wrap(raw);
        char[] chars = new char[buffer.remaining()];
        buffer.get(chars);
        return chars;
    }
}
