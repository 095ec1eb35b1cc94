package org.tnracademy.core.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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

    /**
     * Lists the pack under each classpath entry that holds its {@code course.yaml}: in a jar (as at
     * run time, also nested in the application jar) by reading the jar's entries, which works
     * whether or not the jar has folder entries; elsewhere (a folder, as in tests) through Spring's
     * resolver. A listing that misses {@code course.yaml} fails loudly: a silent empty list would
     * let every file skip the checks.
     */
    @Override
    public List<String> files() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
        TreeSet<String> files = new TreeSet<>();
        try {
            for (Resource course : resolver.getResources("classpath*:" + root + "course.yaml")) {
                URLConnection connection = course.getURL().openConnection();
                if (connection instanceof JarURLConnection jar) {
                    files.addAll(jarEntries(jar));
                } else {
                    files.addAll(resolved(resolver, course));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + name(), e);
        }
        if (!files.isEmpty() && !files.contains("course.yaml")) {
            throw new IllegalStateException("Cannot list " + name() + ": its course.yaml was not found in the listing");
        }
        return List.copyOf(files);
    }

    private static List<String> jarEntries(JarURLConnection connection) throws IOException {
        String prefix = connection.getEntryName().substring(0, connection.getEntryName().length() - "course.yaml".length());
        connection.setUseCaches(false);
        List<String> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    files.add(entry.getName().substring(prefix.length()));
                }
            }
        }
        return files;
    }

    private static List<String> resolved(PathMatchingResourcePatternResolver resolver, Resource course)
            throws IOException {
        String courseUrl = course.getURL().toString();
        String rootUrl = courseUrl.substring(0, courseUrl.length() - "course.yaml".length());
        Path rootFolder = course.isFile() ? course.getFile().toPath().getParent() : null;
        List<String> files = new ArrayList<>();
        for (Resource r : resolver.getResources(rootUrl + "**")) {
            String relative = relative(r, rootUrl, rootFolder);
            if (relative != null && !relative.isEmpty() && !relative.endsWith("/")) {
                files.add(relative);
            }
        }
        return files;
    }

    @Override
    public Optional<byte[]> bytes(String relativePath) {
        if (!PackPaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name() + relativePath, e);
        }
    }

    /** The path below the pack root; null for folders. */
    private static String relative(Resource r, String rootUrl, Path rootFolder) throws IOException {
        if (rootFolder != null && r.isFile()) {
            Path file = r.getFile().toPath();
            if (java.nio.file.Files.isDirectory(file) || !file.startsWith(rootFolder)) {
                return null;
            }
            return rootFolder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        }
        String url = r.getURL().toString();
        if (!url.startsWith(rootUrl)) {
            return null;
        }
        // '+' is a plain character in a URL path, not a space
        return URLDecoder.decode(url.substring(rootUrl.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
