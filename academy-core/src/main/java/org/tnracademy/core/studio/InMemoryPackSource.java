package org.tnracademy.core.studio;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tnracademy.core.packs.PackSource;

/** A pack whose files are texts in memory: a course with drafts applied, checked as an upload would be. */
final class InMemoryPackSource implements PackSource {

    private final String name;
    private final Map<String, String> files;
    private final Set<String> storedPictures;

    InMemoryPackSource(String name, Map<String, String> files) {
        this(name, files, Set.of());
    }

    /** @param storedPictures the paths of the pictures the academy stores for the course */
    InMemoryPackSource(String name, Map<String, String> files, Set<String> storedPictures) {
        this.name = name;
        this.files = Map.copyOf(files);
        this.storedPictures = Set.copyOf(storedPictures);
    }

    @Override
    public Set<String> storedPictures() {
        return storedPictures;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> files() {
        return files.keySet().stream().sorted().toList();
    }

    @Override
    public Optional<byte[]> bytes(String relativePath) {
        return Optional.ofNullable(files.get(relativePath)).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }
}
