package org.tnracademy.core.packs;

import java.util.Optional;

/** Where a content pack's files come from: a classpath folder, a folder on disk, later a zip. */
public interface PackSource {

    /** A name people recognise in error messages, such as the folder. */
    String name();

    /** The file at a path relative to the pack root, as UTF-8 text, or empty when absent. */
    Optional<String> read(String relativePath);
}
