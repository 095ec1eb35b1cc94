package org.tnracademy.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The native Argon2id encoder writes and reads the same hashes as the Java one, so switching
 * between them (a node where the native library does not load) never locks anyone out.
 */
class NativeArgon2PasswordEncoderTest {

    private static final String PASSWORD = "mot de passe d'été, 日本語も";

    private final PasswordEncoder nativeArgon2 = NativeArgon2PasswordEncoder.load(16, 32, 1, 19 * 1024, 2)
            .orElseThrow(() -> new AssertionError("the native library loads on Linux x86-64"));
    private final PasswordEncoder inJava = PasswordHashing.argon2idInJava();

    @Test
    void theAcademysEncoderIsTheNativeOneWhereItsLibraryLoads() {
        assertThat(PasswordHashing.argon2id()).isInstanceOf(NativeArgon2PasswordEncoder.class);
    }

    @Test
    void aNativeHashIsAnArgon2idPhcStringAtOwaspSettingsThatJavaVerifies() {
        String hash = nativeArgon2.encode(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(inJava.matches(PASSWORD, hash)).isTrue();
        assertThat(inJava.matches(PASSWORD + " ", hash)).isFalse();
        assertThat(nativeArgon2.encode(PASSWORD)).as("a new salt each time").isNotEqualTo(hash);
    }

    @Test
    void aJavaHashVerifiesNativelyAndOnlyWithItsPassword() {
        String hash = inJava.encode(PASSWORD);

        assertThat(nativeArgon2.matches(PASSWORD, hash)).isTrue();
        assertThat(nativeArgon2.matches("mot de passe d'ete, 日本語も", hash)).isFalse();
        assertThat(nativeArgon2.matches("", hash)).isFalse();
    }

    @Test
    void aHashOfWeakerSettingsVerifiesAndAsksToBeHashedAgain() {
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(PASSWORD);

        assertThat(nativeArgon2.matches(PASSWORD, weak)).isTrue();
        assertThat(nativeArgon2.upgradeEncoding(weak)).isTrue();
        assertThat(nativeArgon2.upgradeEncoding(nativeArgon2.encode(PASSWORD))).isFalse();
    }

    @Test
    void anArgon2iHashIsReadByTheJavaPort() {
        String argon2i = argon2iHash(PASSWORD);

        assertThat(nativeArgon2.matches(PASSWORD, argon2i)).isTrue();
        assertThat(nativeArgon2.matches("wrong", argon2i)).isFalse();
    }

    @Test
    void aMalformedOrMissingHashIsNoMatch() {
        assertThat(nativeArgon2.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$not-base64!$x")).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, "$argon2id$")).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, null)).isFalse();
        assertThat(nativeArgon2.matches(null, nativeArgon2.encode(PASSWORD))).isFalse();
    }

    /** An Argon2i PHC string made with BouncyCastle directly (Spring's encoder writes Argon2id only). */
    private static String argon2iHash(String password) {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_i)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(1024)
                .withIterations(2).withParallelism(1).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] hash = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2i$v=19$m=1024,t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
