package org.tnracademy.core.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.tnracademy.exercises.ProblemMessage;

/**
 * A pack uploaded or shipped as a zip. Every entry is checked before anything is used, and the
 * content is held in memory: nothing is ever written to disk, so no entry can land outside the
 * pack store. Refused: absolute or climbing paths, links, too many entries, too many bytes, and
 * entries that inflate suspiciously (zip bombs), all reported at once.
 */
public final class ZipPackSource implements PackSource {

    /** Limits far above any real course pack, far below what would hurt the server. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio) {
        public static final Limits DEFAULT = new Limits(10_000, 64L << 20, 256L << 20, 100);
    }

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** Entries this small may compress very well (text) without being a bomb. */
    private static final long RATIO_FLOOR_BYTES = 1L << 20;

    private final String name;
    private final Map<String, byte[]> files;

    private ZipPackSource(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = files;
    }

    public static ZipPackSource open(Path zip) {
        return open(zip, Limits.DEFAULT);
    }

    public static ZipPackSource open(Path zip, Limits limits) {
        String name = zip.getFileName().toString();
        List<PackProblem> problems = new ArrayList<>();
        Map<String, byte[]> files = new HashMap<>();
        try (ZipFile zipFile = ZipFile.builder().setPath(zip).get()) {
            long total = 0;
            int count = 0;
            for (ZipArchiveEntry entry : Collections.list(zipFile.getEntries())) {
                if (++count > limits.maxEntries()) {
                    problems.add(new PackProblem(name, 0, "more than " + limits.maxEntries() + " entries", null,
                            ProblemMessage.of(PackFileProblem.ZIP_TOO_MANY_ENTRIES, limits.maxEntries())));
                    break;
                }
                String entryName = entry.getName();
                PackProblem unsafe = unsafeName(entryName);
                if (unsafe != null) {
                    problems.add(unsafe);
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    problems.add(new PackProblem(entryName, 0, "links are not allowed in a pack", null,
                            ProblemMessage.of(PackFileProblem.ZIP_LINK)));
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = readLimited(zipFile, entry, limits.maxEntryBytes());
                if (bytes == null) {
                    problems.add(new PackProblem(entryName, 0, "larger than " + limits.maxEntryBytes() + " bytes", null,
                            ProblemMessage.of(PackFileProblem.ZIP_ENTRY_TOO_LARGE, limits.maxEntryBytes())));
                    break;
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (bytes.length > RATIO_FLOOR_BYTES && bytes.length / compressed > limits.maxRatio()) {
                    problems.add(new PackProblem(entryName, 0, "inflates " + bytes.length / compressed
                            + " times: refused as a possible zip bomb (limit " + limits.maxRatio() + ")", null,
                            ProblemMessage.of(PackFileProblem.ZIP_BOMB, bytes.length / compressed, limits.maxRatio())));
                    break;
                }
                total += bytes.length;
                if (total > limits.maxTotalBytes()) {
                    problems.add(new PackProblem(name, 0, "more than " + limits.maxTotalBytes() + " bytes in all", null,
                            ProblemMessage.of(PackFileProblem.ZIP_TOO_LARGE, limits.maxTotalBytes())));
                    break;
                }
                files.put(entryName, bytes);
            }
        } catch (IOException e) {
            problems.add(new PackProblem(name, 0, "not a readable zip file: " + e.getMessage(), null,
                    ProblemMessage.of(PackFileProblem.ZIP_UNREADABLE)));
        }
        if (!problems.isEmpty()) {
            throw new PackValidationException(name, problems);
        }
        return new ZipPackSource(name, stripSingleTopFolder(files));
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
        if (!PackPaths.isSafe(relativePath)) {
            return Optional.empty();
        }
        return Optional.ofNullable(files.get(relativePath)).map(byte[]::clone);
    }

    @Override
    public long size(String relativePath) {
        byte[] bytes = PackPaths.isSafe(relativePath) ? files.get(relativePath) : null;
        return bytes == null ? -1 : bytes.length;
    }

    private static PackProblem unsafeName(String entryName) {
        if (entryName.startsWith("/") || entryName.contains("\\") || DRIVE.matcher(entryName).matches()) {
            return new PackProblem(entryName, 0, "absolute paths are not allowed in a pack", null,
                    ProblemMessage.of(PackFileProblem.ZIP_ABSOLUTE_PATH));
        }
        for (String segment : entryName.split("/")) {
            if (segment.equals("..")) {
                return new PackProblem(entryName, 0, "paths may not climb out of the pack ('..')", null,
                        ProblemMessage.of(PackFileProblem.ZIP_CLIMBS_OUT));
            }
        }
        return null;
    }

    /** The entry's bytes, or null when it is bigger than the limit (whatever its header claims). */
    private static byte[] readLimited(ZipFile zipFile, ZipArchiveEntry entry, long limit) throws IOException {
        try (InputStream in = zipFile.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Authors often zip the pack folder itself: look inside it when course.yaml is one level down. */
    private static Map<String, byte[]> stripSingleTopFolder(Map<String, byte[]> files) {
        if (files.containsKey("course.yaml")) {
            return files;
        }
        List<String> tops = files.keySet().stream().filter(f -> f.endsWith("/course.yaml")
                && f.indexOf('/') == f.length() - "/course.yaml".length()).toList();
        if (tops.size() != 1) {
            return files;
        }
        String prefix = tops.getFirst().substring(0, tops.getFirst().length() - "course.yaml".length());
        Map<String, byte[]> stripped = new HashMap<>();
        files.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                stripped.put(k.substring(prefix.length()), v);
            }
        });
        return stripped;
    }
}
