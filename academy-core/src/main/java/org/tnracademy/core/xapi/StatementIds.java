package org.tnracademy.core.xapi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Statement ids derived from the event (a name-based UUID, version 5, RFC 9562): the same event
 * always has the same id, so the outbox keeps it once and a post repeated after an unclear failure
 * is recognised by the record store as the statement it already has.
 */
final class StatementIds {

    /** The academy's own namespace for statement ids (a fixed random UUID). */
    private static final UUID NAMESPACE = UUID.fromString("6b7c2f0e-4d1a-4c39-9a57-1f8e0c3d2b64");

    private StatementIds() {
    }

    static UUID of(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
