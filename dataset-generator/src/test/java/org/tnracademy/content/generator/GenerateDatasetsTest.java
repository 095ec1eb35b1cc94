package org.tnracademy.content.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

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
                "keys/mark-exposed-personal-data.key.yaml", "images/marrowen-basemap.svg").hasSize(21);
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] committed = Files.readAllBytes(PACK.resolve(f.getKey()));
            assertThat(committed)
                    .as("%s differs from the generator's output: regenerate it with GenerateDatasets (see "
                            + "datasets/README.md) and review the diff", f.getKey())
                    .isEqualTo(f.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void twoRunsGiveIdenticalFiles() {
        assertThat(GenerateDatasets.committedFiles()).isEqualTo(GenerateDatasets.committedFiles());
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
