package org.tnracademy.core.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** A pack in a folder on disk, as authors keep it under version control. */
public final class DirectoryPackSource implements PackSource {

    private final Path root;

    public DirectoryPackSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public Optional<String> read(String relativePath) {
        if (!PackPaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        Path file = root.resolve(relativePath).normalize();
        // links could point outside the pack: neither the file nor any folder on its way may be one
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
