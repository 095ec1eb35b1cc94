package org.tnracademy.core.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the badge (and LTI tool) signing keys' private halves encrypted at rest (AES-256-GCM), under a secret
 * that, like the academy's other secrets, comes from the environment
 * ({@code ACADEMY_BADGES_KEY_SECRET}, property {@code academy.badges.key-secret}) and is never
 * stored in the database. Without it (one machine, development), a random secret is made once in
 * the data folder, readable by its owner only.
 */
@Component
public class KeyProtection {

    private static final Logger LOG = LoggerFactory.getLogger(KeyProtection.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    KeyProtection(@Value("${academy.badges.key-secret:}") String secret,
                  @Value("${academy.data-dir:./data}") String dataDir) {
        String s = secret.isBlank() ? secretInDataFolder(Path.of(dataDir)) : secret;
        this.key = new SecretKeySpec(sha256(s), "AES");
    }

    /** Base64 of nonce and ciphertext. */
    public String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a badge key", e);
        }
    }

    /** @throws GeneralSecurityException when it was sealed under another secret or altered */
    public byte[] open(String sealed) throws GeneralSecurityException {
        byte[] in = Base64.getDecoder().decode(sealed);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
        return c.doFinal(in, NONCE, in.length - NONCE);
    }

    private static String secretInDataFolder(Path dataDir) {
        Path file = dataDir.resolve("badge-key.secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions apply
            }
            LOG.warn("No ACADEMY_BADGES_KEY_SECRET set: badge signing keys are protected by a secret made in {}. "
                    + "Set ACADEMY_BADGES_KEY_SECRET in production (docs/operations.md)", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the badge key secret in " + file, e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
