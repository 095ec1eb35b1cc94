package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.curriculum.ContentLanguage;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the starter pack matches its JSON Schema in docs/schema. Another pack folder can
 * be checked the same way: {@code ./mvnw -pl content test -Dtest=StarterPackSchemaTest
 * -Dacademy.pack=/path/to/pack} (the file-count test then only runs on the starter pack).
 */
class StarterPackSchemaTest {

    private static final Path STARTER = Path.of("src/main/resources/packs/tnr-foundations");
    private static final String PACK_PROPERTY = "academy.pack";

    private final PackSchemas schemas = new PackSchemas();

    @TestFactory
    Stream<DynamicTest> everyFileOfThePackMatchesItsSchema() {
        Path pack = pack();
        Map<String, PackSchemas.Kind> files = PackFiles.of(pack);
        assertThat(files).as("pack files under %s", pack.toAbsolutePath()).containsKey("course.yaml");
        return files.entrySet().stream().map(f -> DynamicTest.dynamicTest(f.getKey() + " (" + f.getValue().file + ")", () -> {
            List<String> problems = schemas.validateFile(f.getValue(), f.getKey(), PackSchemas.read(pack.resolve(f.getKey())));
            assertThat(problems).as("schema problems in %s", f.getKey()).isEmpty();
        }));
    }

    @Test
    void everyKindOfFileOfTheStarterPackIsChecked() {
        Map<String, PackSchemas.Kind> files = PackFiles.of(STARTER);
        assertThat(files).containsEntry("course.yaml", PackSchemas.Kind.COURSE)
                .containsEntry("exercises/label-posts-basics.yaml", PackSchemas.Kind.EXERCISE)
                .containsEntry("keys/label-posts-basics.key.yaml", PackSchemas.Kind.KEY)
                .containsEntry("datasets/posts-basics.jsonl", PackSchemas.Kind.DATASET_ITEM);
        assertThat(files.values()).filteredOn(PackSchemas.Kind.LESSON_FRONT_MATTER::equals)
                .hasSize(8 * ContentLanguage.values().length);
        assertThat(files).doesNotContainKey("datasets/README.md");
    }

    private static Path pack() {
        String other = System.getProperty(PACK_PROPERTY);
        return other == null || other.isBlank() ? STARTER : Path.of(other);
    }
}
