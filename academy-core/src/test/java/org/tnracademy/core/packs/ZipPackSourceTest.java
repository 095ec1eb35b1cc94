package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs as zips: a good one reads like a folder, hostile ones are refused with the entry named. */
class ZipPackSourceTest {

    @TempDir
    Path dir;

    @Test
    void aZippedPackReadsLikeItsFolderWithOrWithoutATopFolder() throws IOException {
        Map<String, String> files = testCourseFiles();
        Path flat = zip("flat.zip", files, "");
        Path nested = zip("nested.zip", files, "test-course/");

        CoursePack fromFlat = new PackReader().read(ZipPackSource.open(flat));
        CoursePack fromNested = new PackReader().read(ZipPackSource.open(nested));

        assertThat(fromFlat.id()).isEqualTo("test-course");
        assertThat(fromNested.contentHash()).isEqualTo(fromFlat.contentHash());
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteAreRefusedAndNothingIsWritten() throws IOException {
        Path evil = zip("evil.zip", Map.of("../outside.txt", "x", "/etc/cron.d/evil", "y", "ok/../../up.txt", "z"), "");
        assertThatThrownBy(() -> ZipPackSource.open(evil))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::file)
                        .containsExactlyInAnyOrder("../outside.txt", "/etc/cron.d/evil", "ok/../../up.txt"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(evil);
        }
        assertThat(dir.getParent().resolve("outside.txt")).doesNotExist();
    }

    @Test
    void linksAreRefused() throws IOException {
        Path zip = dir.resolve("link.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            ZipArchiveEntry link = new ZipArchiveEntry("course.yaml");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        assertThatThrownBy(() -> ZipPackSource.open(zip))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("links are not allowed"));
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.putArchiveEntry(new ZipArchiveEntry("datasets/huge.jsonl"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        assertThatThrownBy(() -> ZipPackSource.open(zip))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("zip bomb"));
    }

    @Test
    void sizeAndEntryLimitsHold() throws IOException {
        Path zip = zip("big.zip", Map.of("a.txt", "x".repeat(2000), "b.txt", "y".repeat(2000)), "");
        assertThatThrownBy(() -> ZipPackSource.open(zip, new ZipPackSource.Limits(10, 1000, 10_000, 100)))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("larger than 1000 bytes"));
        assertThatThrownBy(() -> ZipPackSource.open(zip, new ZipPackSource.Limits(1, 10_000, 10_000, 100)))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("more than 1 entries"));
        assertThatThrownBy(() -> ZipPackSource.open(zip, new ZipPackSource.Limits(10, 10_000, 3000, 100)))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("bytes in all"));
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws IOException {
        Path notZip = Files.writeString(dir.resolve("pack.zip"), "just text");
        assertThatThrownBy(() -> ZipPackSource.open(notZip))
                .isInstanceOfSatisfying(PackValidationException.class, e ->
                        assertThat(e.problems().getFirst().reason()).contains("not a readable zip"));
    }

    private Path zip(String name, Map<String, String> files, String prefix) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(prefix + e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** A zip of every file of a folder, paths relative to it, as an author's zip tool would make it. */
    static Path zipOf(Path folder, Path zip) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putArchiveEntry(new ZipArchiveEntry(folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    private static Map<String, String> testCourseFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String f : new String[] {"course.yaml", "lessons/intro.en.md", "lessons/intro.fr.md",
                "exercises/label-six.yaml", "datasets/six.jsonl", "keys/label-six.key.yaml"}) {
            try (var in = ZipPackSourceTest.class.getResourceAsStream("/packs/test-course/" + f)) {
                files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
