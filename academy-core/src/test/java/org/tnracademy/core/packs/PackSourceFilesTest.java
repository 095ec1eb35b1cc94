package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of pack source lists every file of its pack, so nothing escapes the file checks. */
class PackSourceFilesTest {

    private static final List<String> EXPECTED = List.of("course.yaml", "datasets/six.jsonl", "exercises/label-six.yaml",
            "images/map.svg", "keys/label-six.key.yaml", "lessons/intro.en.md", "lessons/intro.fr.md", "run.sh");

    @TempDir
    Path dir;

    @Test
    void aFolderListsItsFilesAtEveryDepth() throws IOException {
        Path pack = packFolder();
        assertThat(new DirectoryPackSource(pack).files()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aZipListsItsFilesWithoutTheTopFolder() throws IOException {
        Path pack = packFolder();
        Path zip = ZipPackSourceTest.zipOf(pack.getParent(), dir.resolve("pack.zip"));
        assertThat(ZipPackSource.open(zip).files()).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aClasspathFolderListsItsFiles() {
        assertThat(new ClasspathPackSource("packs/test-course", getClass().getClassLoader()).files())
                .containsExactly("course.yaml", "datasets/six.jsonl", "exercises/label-six.yaml",
                        "keys/label-six.key.yaml", "lessons/intro.en.md", "lessons/intro.fr.md");
    }

    /** As at run time, where the starter pack sits in the content module's jar (with or without folder entries). */
    @ParameterizedTest(name = "folder entries in the jar: {0}")
    @ValueSource(booleans = {true, false})
    void aPackInsideAJarListsItsFilesAndOnlyThem(boolean folderEntries) throws IOException {
        Path pack = packFolder();
        Path jar = dir.resolve("content.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (folderEntries) {
                for (String folder : List.of("packs/", "packs/demo/", "packs/demo/lessons/", "packs/other/")) {
                    out.putNextEntry(new JarEntry(folder));
                    out.closeEntry();
                }
            }
            for (String file : EXPECTED) {
                out.putNextEntry(new JarEntry("packs/demo/" + file));
                out.write(Files.readAllBytes(pack.resolve(file)));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("packs/other/course.yaml"));
            out.write("id: other\n".getBytes());
            out.closeEntry();
            out.putNextEntry(new JarEntry("packs/demo-two/course.yaml"));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClasspathPackSource source = new ClasspathPackSource("packs/demo", loader);

            assertThat(source.files()).containsExactlyElementsOf(EXPECTED);
            assertThat(new PackFileValidator().check(source)).extracting(PackProblem::file)
                    .containsExactly("images/map.svg", "run.sh");
        }
    }

    /** The test course plus a hostile SVG and a script in sub-folders, in {@code dir/pack}. */
    private Path packFolder() throws IOException {
        Path pack = dir.resolve("pack");
        for (String f : PackFileValidatorTest.TEST_COURSE) {
            try (InputStream in = getClass().getResourceAsStream("/packs/test-course/" + f)) {
                Path file = pack.resolve(f);
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        Files.createDirectories(pack.resolve("images"));
        Files.writeString(pack.resolve("images/map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");
        Files.writeString(pack.resolve("run.sh"), "#!/bin/sh\n");
        return pack;
    }
}
