package org.tnracademy.core.packs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.ProblemMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every file of a pack, not only those {@code course.yaml} leads to: a stray script, a
 * picture that is not one, an SVG or XML file that would attack the server or a learner's browser.
 * Each problem names the file, the line where it applies, and the reason. Pure: no Spring, no I/O
 * beyond the pack source.
 */
public final class PackFileValidator {

    private final SafeXmlCheck xml = new SafeXmlCheck();
    private final MarkdownReferenceCheck markdown = new MarkdownReferenceCheck();
    private final JsonMapper json = Mappers.json();

    /** Every problem found in the pack's files, all at once; empty when every file may be imported. */
    public List<PackProblem> check(PackSource source) {
        List<String> files = source.files();
        Set<String> packFiles = new LinkedHashSet<>(files);
        List<PackProblem> problems = new ArrayList<>();
        for (String file : files) {
            problems.addAll(checkFile(source, file, packFiles));
        }
        return problems;
    }

    private List<PackProblem> checkFile(PackSource source, String file, Set<String> packFiles) {
        if (!PackPaths.isSafe(file)) {
            return List.of(problem(file, 0, "file name not allowed: each part of a path starts with a letter, "
                    + "digit or '_' and then uses only letters, digits, '_', '.' and '-'", PackFileProblem.NAME_NOT_ALLOWED));
        }
        Optional<PackFileType> type = PackFileType.of(file);
        if (type.isEmpty()) {
            return List.of(typeRefusal(file));
        }
        long size = source.size(file);
        if (size < 0) {
            return List.of(problem(file, 0, "cannot be read as a file of the pack: links and special files "
                    + "are not allowed in a pack", PackFileProblem.NOT_A_FILE));
        }
        if (size > type.get().maxBytes()) {
            return List.of(problem(file, 0, size + " bytes: a ." + extension(file) + " file may have at most "
                    + type.get().maxBytes() + " bytes", PackFileProblem.TOO_LARGE, size, type.get().maxBytes(),
                    extension(file)));
        }
        byte[] bytes = source.bytes(file).orElse(null);
        if (bytes == null) {
            return List.of(problem(file, 0, "cannot be read as a file of the pack: links and special files "
                    + "are not allowed in a pack", PackFileProblem.NOT_A_FILE));
        }
        return switch (type.get().kind()) {
            case IMAGE -> type.get().hasSignatureOf(bytes) ? List.of()
                    : List.of(problem(file, 0, "named ." + extension(file) + " but its content is "
                            + PackFileType.describe(bytes) + ", not a " + type.get().name() + " image",
                            PackFileProblem.IMAGE_CONTENT, extension(file), type.get().name()));
            case XML -> xml.check(file, bytes, packFiles);
            case TEXT -> text(file, type.get(), bytes, packFiles);
        };
    }

    private List<PackProblem> text(String file, PackFileType type, byte[] bytes, Set<String> packFiles) {
        Optional<PackProblem> encoding = notUtf8Text(file, bytes);
        if (encoding.isPresent()) {
            return List.of(encoding.get());
        }
        return switch (type) {
            case MARKDOWN -> markdown.check(file, new String(bytes, StandardCharsets.UTF_8), packFiles);
            case JSON -> json(file, bytes);
            default -> List.of();
        };
    }

    /** Datasets and keys are read as UTF-8 text: a binary file under a text name is refused where it breaks. */
    private static Optional<PackProblem> notUtf8Text(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        if (result.isError()) {
            return Optional.of(problem(file, lineAt(bytes, in.position()),
                    "not UTF-8 text (byte " + in.position() + "): pack text files must be UTF-8",
                    PackFileProblem.NOT_UTF8, in.position()));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(problem(file, lineAt(bytes, i),
                        "holds a NUL byte: binary content is not allowed in a text file", PackFileProblem.NUL_BYTE));
            }
        }
        return Optional.empty();
    }

    private List<PackProblem> json(String file, byte[] bytes) {
        try (JsonParser parser = json.createParser(bytes)) {
            while (parser.nextToken() != null) {
                // reading every token is the check: syntax errors and nesting limits throw
            }
            return List.of();
        } catch (JacksonException e) {
            return List.of(jsonSyntax(file, e));
        }
    }

    /**
     * A JSON syntax error at its line: the parser's English message for logs, its line and column
     * for the reader (the parser's words cannot be translated).
     */
    static PackProblem jsonSyntax(String file, JacksonException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        return problem(file, line, "not valid JSON: " + e.getOriginalMessage(), PackFileProblem.JSON_SYNTAX, column);
    }

    private static PackProblem problem(String file, int line, String reason, PackFileProblem code, Object... args) {
        return new PackProblem(file, line, reason, null, ProblemMessage.of(code, args));
    }

    private static PackProblem typeRefusal(String file) {
        String extension = extension(file);
        String allowed = " (a pack may hold only " + PackFileType.allowedExtensions() + " files)";
        if (extension.isEmpty()) {
            return problem(file, 0, "a file without an extension is not allowed in a pack" + allowed,
                    PackFileProblem.NO_EXTENSION, PackFileType.allowedExtensions());
        }
        return problem(file, 0, "." + extension + " files are not allowed in a pack" + allowed,
                PackFileProblem.EXTENSION_NOT_ALLOWED, extension, PackFileType.allowedExtensions());
    }

    private static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
