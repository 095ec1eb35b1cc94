package org.tnracademy.core.xapi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A learner's name in statements: an HMAC-SHA-256 of their account id under the academy's secret.
 * Stable (the same learner is the same actor in every statement, from every node), yet neither the
 * account id, the username nor the person can be read or guessed from it without the secret: the
 * record store holds learning records about a pseudonym, not about a named official.
 */
final class ActorPseudonyms {

    private final SecretKeySpec key;

    ActorPseudonyms(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(long learnerId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("academy-learner:" + learnerId).getBytes(StandardCharsets.UTF_8));
            // 128 bits are plenty to keep learners apart and are shorter to read in an LRS
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
