package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.packs.CoursePack;

/** The sample upload files under docs/examples/ stay valid, so users can start from them. */
class DocumentedExamplesTest {

    private static final Path EXAMPLES = Path.of("../docs/examples");

    @Test
    void theSampleCsvDatasetAndItsKeyAreValid() throws IOException {
        DatasetPreview posts = DatasetFile.read("synthetic-posts.csv",
                Files.readAllBytes(EXAMPLES.resolve("synthetic-posts.csv")));
        assertThat(posts.problems()).isEmpty();
        assertThat(posts.itemCount()).isEqualTo(5);
        assertThat(posts.items(3, 1).getFirst().text()).contains("\n\"Her new flat");

        Map<String, Object> key = KeyFile.read("item-labelling", "synthetic-posts.key.csv",
                Files.readAllBytes(EXAMPLES.resolve("synthetic-posts.key.csv")),
                Map.of("labels", List.of(Map.of("id", "doxing"), Map.of("id", "benign"))),
                posts.items(0, 10).stream().map(CoursePack.Post::id).toList());
        assertThat((List<?>) key.get("items")).hasSize(5);
    }

    @Test
    void theSampleStixBundleIsValid() throws IOException {
        DatasetPreview bundle = DatasetFile.read("synthetic-stix-bundle.json",
                Files.readAllBytes(EXAMPLES.resolve("synthetic-stix-bundle.json")));
        assertThat(bundle.problems()).isEmpty();
        assertThat(bundle.itemCount()).isEqualTo(6);
        assertThat(bundle.items(4, 1).getFirst().text())
                .isEqualTo("Relationship: Threat actor \"Grey Finch\" uses Malware \"NightOwl\".");
        assertThat(bundle.items(3, 1).getFirst().text()).isEqualTo("Indicator \"NightOwl command server\"."
                + " Pattern: [domain-name:value = 'update-sync.example']. Pattern type: stix."
                + " Valid from: 2025-02-04T08:00:00Z. Indicator types: malicious-activity.");
    }
}
