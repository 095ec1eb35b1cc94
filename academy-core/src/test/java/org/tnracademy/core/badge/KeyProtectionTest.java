package org.tnracademy.core.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing keys' private halves at rest: readable only with the secret they were sealed under. */
class KeyProtectionTest {

    @TempDir
    Path dataDir;

    @Test
    void aSealedKeyOpensWithItsSecretOnlyAndNeverShowsThePlainBytes() throws Exception {
        byte[] plain = "private key bytes".getBytes(StandardCharsets.UTF_8);
        KeyProtection right = new KeyProtection("the-secret", dataDir.toString());
        String sealed = right.seal(plain);

        assertThat(sealed).doesNotContain("private");
        assertThat(right.seal(plain)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(right.open(sealed)).isEqualTo(plain);
        assertThatThrownBy(() -> new KeyProtection("another-secret", dataDir.toString()).open(sealed))
                .isInstanceOf(GeneralSecurityException.class);
        String altered = (sealed.charAt(20) == 'A' ? "B" : "A");
        assertThatThrownBy(() -> right.open(sealed.substring(0, 20) + altered + sealed.substring(21)))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void withoutASecretOneIsMadeOnceInTheDataFolderAndKept() throws Exception {
        String sealed = new KeyProtection("", dataDir.toString()).seal(new byte[] {1, 2, 3});
        Path file = dataDir.resolve("badge-key.secret");
        assertThat(Files.readString(file)).matches("[0-9a-f]{64}");
        assertThat(new KeyProtection(" ", dataDir.toString()).open(sealed)).containsExactly(1, 2, 3);
    }
}
