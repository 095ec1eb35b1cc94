package org.tnracademy.core.packs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file a pack may hold, by extension, with the most bytes each may have. Anything
 * else (programs, scripts, HTML pages, office documents...) has no place in a course and is refused.
 */
enum PackFileType {
    YAML(Kind.TEXT, 5L << 20, "yaml", "yml"),
    MARKDOWN(Kind.TEXT, 1L << 20, "md"),
    JSON_LINES(Kind.TEXT, 64L << 20, "jsonl"),
    JSON(Kind.TEXT, 64L << 20, "json"),
    CSV(Kind.TEXT, 64L << 20, "csv"),
    PNG(Kind.IMAGE, 10L << 20, "png"),
    JPEG(Kind.IMAGE, 10L << 20, "jpg", "jpeg"),
    WEBP(Kind.IMAGE, 10L << 20, "webp"),
    SVG(Kind.XML, 1L << 20, "svg"),
    XML(Kind.XML, 16L << 20, "xml");

    enum Kind { TEXT, IMAGE, XML }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Kind kind;
    private final long maxBytes;
    private final List<String> extensions;

    PackFileType(Kind kind, long maxBytes, String... extensions) {
        this.kind = kind;
        this.maxBytes = maxBytes;
        this.extensions = List.of(extensions);
    }

    /** The type of a pack file by its extension (in any case), or empty when packs may not hold it. */
    static Optional<PackFileType> of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** "yaml, yml, md, ..." for messages. */
    static String allowedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).collect(Collectors.joining(", "));
    }

    Kind kind() {
        return kind;
    }

    long maxBytes() {
        return maxBytes;
    }

    boolean isImage() {
        return kind == Kind.IMAGE || this == SVG;
    }

    /** Whether the first bytes are those of this kind of picture (its "magic number"); true for non-pictures. */
    boolean hasSignatureOf(byte[] bytes) {
        return switch (this) {
            case PNG -> startsWith(bytes, PNG_SIGNATURE, 0);
            case JPEG -> startsWith(bytes, JPEG_SIGNATURE, 0);
            case WEBP -> startsWith(bytes, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0)
                    && startsWith(bytes, "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8);
            default -> true;
        };
    }

    /** What the bytes look like instead, for the reason given to the author. */
    static String describe(byte[] bytes) {
        for (PackFileType image : List.of(PNG, JPEG, WEBP)) {
            if (image.hasSignatureOf(bytes)) {
                return "a " + image.extensions.getFirst().toUpperCase(Locale.ROOT) + " image";
            }
        }
        if (bytes.length >= 2 && bytes[0] == 'M' && bytes[1] == 'Z') {
            return "a Windows program";
        }
        if (bytes.length >= 4 && bytes[0] == 0x7F && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
            return "a Linux program";
        }
        int shown = Math.min(bytes.length, 512);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return "binary data of another kind";
            }
        }
        return bytes.length == 0 ? "empty" : "text";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
