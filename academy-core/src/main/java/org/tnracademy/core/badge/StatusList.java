package org.tnracademy.core.badge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.nimbusds.jose.util.Base64URL;

/**
 * A W3C Bitstring Status List: one bit per badge (set = revoked), index 0 the most significant bit
 * of the first byte, at least 16 KB (131,072 entries) so that one badge cannot be told from its
 * neighbours, GZIP-compressed and multibase base64url-encoded ("u" prefix).
 */
final class StatusList {

    static final int SIZE = 131_072;

    private final byte[] bits = new byte[SIZE / 8];

    void set(int index) {
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    String encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64URL.encode(out.toByteArray());
    }

    /**
     * Whether the bit at this index is set in an encoded list; reads at most the list's size so
     * that a hostile list cannot inflate without bound.
     *
     * @throws IllegalArgumentException when it is not an encoded list of at least that size
     */
    static boolean isSet(String encoded, int index) {
        if (encoded == null || !encoded.startsWith("u") || index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("not an encoded status list");
        }
        byte[] raw = new byte[SIZE / 8];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(new Base64URL(encoded.substring(1)).decode()))) {
            int read = in.readNBytes(raw, 0, raw.length);
            if (read <= index / 8) {
                throw new IllegalArgumentException("status list shorter than the index");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not an encoded status list", e);
        }
        return (raw[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
