package org.tnracademy.core.packs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tnracademy.exercises.ProblemMessage;

/**
 * The pictures of a pack, for the catalogue that stores and serves them: which files are pictures
 * and of what media type, the rules an uploaded picture must pass (the same as a pack's: allowed
 * name, allowed type, size limit, content that really is that type), and how a lesson's image
 * reference resolves to a pack path. Pure: no Spring, no I/O beyond the pack source.
 */
public final class PackImages {

    /** Lessons are {@code lessons/<id>.<lang>.md}: their image references are read from this folder. */
    public static final String LESSON_FILE_PREFIX = "lessons/";
    /** Where the studio puts uploaded pictures: a lesson refers to them as {@code images/<name>}. */
    public static final String UPLOAD_FOLDER = "lessons/images/";
    public static final int MAX_NAME_LENGTH = 100;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Map<PackFileType, String> MEDIA_TYPES = Map.of(PackFileType.PNG, "image/png",
            PackFileType.JPEG, "image/jpeg", PackFileType.WEBP, "image/webp", PackFileType.SVG, "image/svg+xml");
    /** Raster pictures only: an SVG is a document that may carry scripts; packs check theirs whole. */
    private static final List<PackFileType> UPLOADABLE = List.of(PackFileType.PNG, PackFileType.JPEG,
            PackFileType.WEBP);

    private PackImages() {
    }

    /** Why an upload cannot become a picture of a course; each with the detail the author needs. */
    public enum Refusal { BAD_NAME, NOT_AN_IMAGE, SVG_NOT_UPLOADABLE, EMPTY, TOO_LARGE, CONTENT_MISMATCH }

    /** A refused upload: the reason, and a sentence in English naming the file and what is wrong. */
    public record UploadProblem(Refusal refusal, String detail) {
    }

    /**
     * An image of a lesson that cannot be shown: where it is, what it names, and why (in English).
     *
     * @param lessonFile the lesson's path in its pack, such as {@code lessons/intro.en.md}
     * @param line       1-based, 0 when unknown
     */
    public record ImageProblem(String lessonFile, int line, String reference, String reason, ProblemMessage message) {
        public PackProblem toPackProblem() {
            return new PackProblem(lessonFile, line, reason, null, message);
        }
    }

    /** The media type a picture of this path is served with, or empty when the path is not a picture. */
    public static Optional<String> mediaType(String path) {
        return PackFileType.of(path).map(MEDIA_TYPES::get);
    }

    /** The most bytes an uploaded picture may have (that of the largest allowed type, 10 MiB). */
    public static long maxUploadBytes() {
        return UPLOADABLE.stream().mapToLong(PackFileType::maxBytes).max().orElseThrow();
    }

    /** "png, jpg, jpeg, webp" for messages and the upload's accepted types. */
    public static List<String> uploadableExtensions() {
        return List.of("png", "jpg", "jpeg", "webp");
    }

    /**
     * The name an uploaded file gets in the pack: the file's own name without any folder, blanks
     * as '-', the extension in lower case. Empty when no such clean name can be made.
     */
    public static Optional<String> cleanName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip().replaceAll("\\s+", "-");
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot) + name.substring(dot).toLowerCase(Locale.ROOT);
        }
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Why {@code bytes}, uploaded as {@code fileName}, cannot be a picture of a course; empty when it
     * may. The checks are a pack's: name, type by extension, size, then the content's magic number.
     */
    public static Optional<UploadProblem> uploadProblem(String fileName, byte[] bytes) {
        Optional<String> name = cleanName(fileName);
        if (name.isEmpty()) {
            return Optional.of(new UploadProblem(Refusal.BAD_NAME, "'" + fileName + "': a picture's name starts with"
                    + " a letter, digit or '_' and then uses only letters, digits, '_', '.' and '-' (at most "
                    + MAX_NAME_LENGTH + " characters)"));
        }
        Optional<PackFileType> type = PackFileType.of(name.get());
        if (type.isPresent() && type.get() == PackFileType.SVG) {
            return Optional.of(new UploadProblem(Refusal.SVG_NOT_UPLOADABLE, name.get() + ": SVG drawings can carry"
                    + " scripts, so the studio takes only PNG, JPEG and WebP pictures"));
        }
        if (type.isEmpty() || !UPLOADABLE.contains(type.get())) {
            return Optional.of(new UploadProblem(Refusal.NOT_AN_IMAGE, name.get() + ": only "
                    + String.join(", ", uploadableExtensions()) + " files may be uploaded as pictures"));
        }
        if (bytes == null || bytes.length == 0) {
            return Optional.of(new UploadProblem(Refusal.EMPTY, name.get() + ": the file is empty"));
        }
        if (bytes.length > type.get().maxBytes()) {
            return Optional.of(new UploadProblem(Refusal.TOO_LARGE, name.get() + ": " + bytes.length
                    + " bytes, a picture may have at most " + type.get().maxBytes() + " bytes"));
        }
        if (!type.get().hasSignatureOf(bytes)) {
            return Optional.of(new UploadProblem(Refusal.CONTENT_MISMATCH, name.get() + ": named ."
                    + extension(name.get()) + " but its content is " + PackFileType.describe(bytes) + ", not a "
                    + type.get().name() + " image"));
        }
        return Optional.empty();
    }

    /**
     * The pack path a lesson's image reference leads to, or empty for references that do not name
     * a file of the pack (another site, an absolute path, a data: URL, a path climbing out).
     */
    public static Optional<String> resolveFromLesson(String reference) {
        if (reference == null || reference.isBlank() || SCHEME.matcher(reference.strip()).find()) {
            return Optional.empty();
        }
        String r = reference.strip();
        if (r.startsWith("/") || r.startsWith("\\") || r.startsWith("#")) {
            return Optional.empty();
        }
        return Optional.ofNullable(PackReferences.resolve(LESSON_FILE_PREFIX + "lesson.md", stripQuery(r)))
                .filter(PackPaths::isSafe);
    }

    /**
     * The problems of a lesson's images, each with the lesson file and line: an image that is not
     * one of {@code images} (pack paths), or that loads from elsewhere. Links are not checked here.
     *
     * @param lessonFile the lesson's path in its pack, such as {@code lessons/intro.en.md}
     */
    public static List<ImageProblem> imageProblems(String lessonFile, String markdown, Set<String> images) {
        List<ImageProblem> problems = new ArrayList<>();
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        parser.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String target = image.getDestination() == null ? "" : image.getDestination();
                PackReferences.Refusal refusal = PackReferences.refusal(lessonFile, target, PackReferences.Use.LOAD,
                        images);
                if (refusal != null) {
                    int line = image.getSourceSpans().isEmpty() ? 0 : image.getSourceSpans().getFirst().getLineIndex() + 1;
                    problems.add(new ImageProblem(lessonFile, line, target, "image " + refusal.reason(),
                            refusal.message()));
                }
                visitChildren(image);
            }
        });
        return problems;
    }

    /**
     * The pack with every picture file of the source. Their bytes join the content hash, so a pack
     * whose only change is a picture is an update; a pack without pictures keeps the hash it had.
     */
    static CoursePack withImagesOf(CoursePack pack, PackSource source) {
        List<CoursePack.Image> images = new ArrayList<>();
        for (String file : source.files().stream().sorted().toList()) {
            Optional<String> mediaType = mediaType(file);
            Optional<byte[]> bytes = mediaType.isPresent() ? source.bytes(file) : Optional.empty();
            bytes.ifPresent(b -> images.add(new CoursePack.Image(file, mediaType.get(), sha256(b), b)));
        }
        return pack.withImages(images, contentHash(pack.contentHash(), images));
    }

    /** The hash of a course's text content and its pictures; the text's own hash when there are none. */
    public static String contentHash(String textHash, List<CoursePack.Image> images) {
        if (images.isEmpty()) {
            return textHash;
        }
        MessageDigest digest = digest();
        digest.update(textHash.getBytes(StandardCharsets.UTF_8));
        images.stream().sorted(java.util.Comparator.comparing(CoursePack.Image::path)).forEach(i -> digest.update(
                ("\nimage " + i.path() + " " + i.sha256()).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String stripQuery(String reference) {
        int cut = reference.length();
        for (char c : new char[] {'?', '#'}) {
            int at = reference.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return reference.substring(0, cut);
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
