package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDatasetsTest {

    /** Surefire runs in this module's folder: this is the content module's pack as committed, not a build copy. */
    static final Path PACK = Path.of("../content/src/main/resources/packs/tnr-foundations");

    @Test
    void committedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Map<String, String> files = GenerateDatasets.committedFiles();
        assertThat(files).containsKeys(GenerateDatasets.STARTER_DATASET, GenerateDatasets.STARTER_KEY,
                "datasets/shares.jsonl", "exercises/find-coordinated-accounts.yaml",
                "keys/mark-exposed-personal-data.key.yaml", "images/marrowen-basemap.svg").hasSize(27);
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] committed = Files.readAllBytes(PACK.resolve(f.getKey()));
            assertThat(committed)
                    .as("%s differs from the generator's output: regenerate it with GenerateDatasets (see "
                            + "datasets/README.md) and review the diff", f.getKey())
                    .isEqualTo(f.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Another JVM, with a Turkish locale, a far time zone, a Latin-1 default charset and its own
     * hash seeds (Set.of/Map.of orders, identity hash codes), writes the committed files and a
     * sized dataset byte for byte as this one does: what one JVM cannot show about determinism.
     */
    @Test
    void anotherJvmWithOtherDefaultsWritesTheSameFiles(@TempDir Path dir) throws Exception {
        Path starter = Files.createDirectories(dir.resolve("starter"));
        Path sized = Files.createDirectories(dir.resolve("sized"));
        runInAnotherJvm(starter.toString());
        runInAnotherJvm(sized.toString(), "250");

        for (Map.Entry<String, String> f : GenerateDatasets.committedFiles().entrySet()) {
            assertThat(Files.readAllBytes(starter.resolve(f.getKey()))).as(f.getKey())
                    .isEqualTo(Files.readAllBytes(PACK.resolve(f.getKey())));
        }
        for (Map.Entry<String, String> f : GenerateDatasets.sizedFiles(250).entrySet()) {
            assertThat(Files.readAllBytes(sized.resolve(f.getKey()))).as(f.getKey())
                    .isEqualTo(f.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void runInAnotherJvm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), GenerateDatasets.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the generator's JVM ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
        Map<String, String> reference = GenerateDatasets.committedFiles();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Turkish lower-cases "I" to a dotless i: a classic trap for handles made from names
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(GenerateDatasets.committedFiles()).isEqualTo(reference);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void mainWritesTheStarterFilesIntoAPackFolder(@TempDir Path dir) throws IOException {
        GenerateDatasets.main(new String[] {dir.toString()});
        for (Map.Entry<String, String> f : GenerateDatasets.committedFiles().entrySet()) {
            assertThat(dir.resolve(f.getKey())).hasContent(f.getValue());
        }
    }

    @Test
    void sizedFilesAreNamedAfterTheirSize() {
        Map<String, String> files = GenerateDatasets.sizedFiles(100);
        assertThat(files).containsOnlyKeys("datasets/posts-100.jsonl", "keys/label-posts-100.key.yaml");
        assertThat(files.get("datasets/posts-100.jsonl").lines()).hasSize(100);
        assertThat(files.get("keys/label-posts-100.key.yaml")).contains("exercise: \"label-posts-100\"");
    }
}
