package org.tnracademy.core.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A pack shipped inside a jar, such as the starter curriculum of the {@code content} module. */
public final class ClasspathPackSource implements PackSource {

    private final String root;
    private final ClassLoader loader;

    public ClasspathPackSource(String root, ClassLoader loader) {
        this.root = root.endsWith("/") ? root : root + "/";
        this.loader = loader;
    }

    @Override
    public String name() {
        return "classpath:" + root;
    }

    @Override
    public Optional<String> read(String relativePath) {
        if (!PackPaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name() + relativePath, e);
        }
    }
}
