package org.tnracademy.core.studio.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Uploaded bytes as UTF-8 text, refused (with the line of the first bad byte) when they are not. */
final class Utf8Text {

    static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text; or empty, with a problem naming the line, when the bytes are not UTF-8 or hold NUL. */
    static Optional<String> decode(byte[] bytes, ProblemList problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(lineAt(bytes, in.position()), "not UTF-8 text (byte " + (in.position() + 1)
                    + "): save the file as UTF-8", UploadProblemCode.NOT_UTF8, in.position() + 1);
            return Optional.empty();
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(lineOf(text, nul), "holds a NUL character: this is a binary file, not text",
                    UploadProblemCode.NUL_CHARACTER);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The 1-based line of a character offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
