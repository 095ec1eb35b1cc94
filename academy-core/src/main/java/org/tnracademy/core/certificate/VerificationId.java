package org.tnracademy.core.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The id printed on a certificate and encoded in its QR code: 100 random bits as 20 letters and
 * digits of the RFC 4648 base32 alphabet (no 0, 1, 8 or 9 to misread), shown in four groups of
 * five. Random rather than derived from the facts, so nobody can list or guess certificates.
 */
final class VerificationId {

    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationId() {
    }

    /** A new id in canonical form (no separators). */
    static String generate() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }

    /**
     * The canonical form of what someone typed or scanned: case, spaces and hyphens ignored; empty
     * when it cannot be an id (looked at only up to a bounded length).
     */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (ALPHABET.indexOf(upper) < 0 || id.length() == LENGTH) {
                return Optional.empty();
            }
            id.append(upper);
        }
        return id.length() == LENGTH ? Optional.of(id.toString()) : Optional.empty();
    }

    /** As printed: {@code ABCDE-FGHIJ-KLMNO-PQRST}. */
    static String grouped(String canonical) {
        return String.join("-", canonical.substring(0, 5), canonical.substring(5, 10), canonical.substring(10, 15),
                canonical.substring(15, 20)).toUpperCase(Locale.ROOT);
    }
}
