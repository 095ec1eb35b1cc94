package org.tnracademy.content.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackReader;

/**
 * The complete example of docs/content-format.md is a valid pack: its code blocks marked
 * {@code file=<path>} are written out and checked by the core's reader and by the schemas.
 */
class DocumentedExampleTest {

    private static final Path DOC = Path.of("../docs/content-format.md");
    private static final Pattern FILE_BLOCK = Pattern.compile("^```\\w+ file=(\\S+)\\n(.*?)^```$",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void theDocumentedExamplePackIsValidForTheReaderAndTheSchemas(@TempDir Path pack) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = FILE_BLOCK.matcher(PackSchemas.read(DOC));
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        assertThat(files).containsKeys("course.yaml", "lessons/what-is-doxing.en.md", "lessons/what-is-doxing.fr.md",
                "exercises/label-three-posts.yaml", "datasets/three-posts.jsonl", "keys/label-three-posts.key.yaml");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = pack.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }

        CoursePack read = new PackReader().read(new DirectoryPackSource(pack));
        assertThat(read.id()).isEqualTo("spotting-doxing");
        assertThat(read.modules().getFirst().items()).extracting(CoursePack.Item::id)
                .containsExactly("what-is-doxing", "label-three-posts");

        PackSchemas schemas = new PackSchemas();
        Map<String, PackSchemas.Kind> kinds = PackFiles.of(pack);
        assertThat(kinds.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        kinds.forEach((file, kind) -> assertThat(schemas.validateFile(kind, file, files.get(file)))
                .as("schema problems in %s", file).isEmpty());
    }
}
