package org.tnracademy.core.packs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Where a content pack's files come from: a classpath folder, a folder on disk or a zip. */
public interface PackSource {

    /** A name people recognise in error messages, such as the folder. */
    String name();

    /**
     * Every file of the pack, as paths relative to its root with {@code /} between folders, sorted.
     * Links and files with names a pack may not use are listed too, so the validator can refuse
     * them by name instead of ignoring them.
     */
    List<String> files();

    /** The bytes of the file at a path relative to the pack root, or empty when absent or not allowed. */
    Optional<byte[]> bytes(String relativePath);

    /** The file at a path relative to the pack root, as UTF-8 text, or empty when absent. */
    default Optional<String> read(String relativePath) {
        return bytes(relativePath).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * Pictures the academy already stores for the course, which a source of texts only (a course
     * with studio drafts applied) names without holding: a spec may show them. Empty for packs
     * read from files, which must hold every picture they show.
     */
    default java.util.Set<String> storedPictures() {
        return java.util.Set.of();
    }

    /** The size in bytes of a file, or -1 when absent; sources that can tell without reading override this. */
    default long size(String relativePath) {
        return bytes(relativePath).map(b -> (long) b.length).orElse(-1L);
    }
}
