package org.tnracademy.core.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** Links are listed but never followed: a linked folder shows as one entry, not as its content. */
    @Override
    public List<String> files() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public Optional<byte[]> bytes(String relativePath) {
        return insidePack(relativePath).map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        });
    }

    @Override
    public long size(String relativePath) {
        return insidePack(relativePath).map(file -> {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }).orElse(-1L);
    }

    /** The regular file at that path, when it is one and really lies inside the pack. */
    private Optional<Path> insidePack(String relativePath) {
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
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
