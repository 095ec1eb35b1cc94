package org.tnracademy.core.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.tnracademy.core.packs.CoursePack;

/** A pack's files as a zip with the files at its root, as the academy's pack reader takes it. */
final class PackZip {

    /** A fixed time for every entry: the same files always give the same zip. */
    private static final FileTime EPOCH = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));

    private PackZip() {
    }

    static byte[] zip(Map<String, String> files) {
        return zip(files, List.of());
    }

    /** The text files, then the pictures (in path order), as they are. */
    static byte[] zip(Map<String, String> files, List<CoursePack.Image> images) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            for (CoursePack.Image image : images.stream().sorted(Comparator.comparing(CoursePack.Image::path))
                    .toList()) {
                if (!files.containsKey(image.path())) {
                    put(zip, image.path(), image.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String path, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setLastModifiedTime(EPOCH);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
