package org.tnracademy.content.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas of {@code docs/schema} applied to the files of a content pack, with problems
 * reported like the pack validator does: {@code file:line: /pointer: reason}.
 */
final class PackSchemas {

    /** The schemas, from the content module's folder (where Maven runs its tests). */
    static final Path SCHEMA_DIR = Path.of("../docs/schema");
    static final String ID_BASE = "https://schemas.tnracademy.org/content-pack/v1/";

    /** Which schema a pack file is checked against. */
    enum Kind {
        COURSE("course.schema.json"),
        LESSON_FRONT_MATTER("lesson-front-matter.schema.json"),
        EXERCISE("exercise.schema.json"),
        KEY("key.schema.json"),
        DATASET_ITEM("dataset-item.schema.json");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);

    PackSchemas() {
        for (Kind kind : Kind.values()) {
            schemas.put(kind, registry.getSchema(read(SCHEMA_DIR.resolve(kind.file)), InputFormat.JSON));
        }
    }

    /** The schema's problems with one parsed document, each as {@code /pointer: reason}. */
    List<Problem> validate(Kind kind, JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        for (Error e : schemas.get(kind).validate(document)) {
            problems.add(new Problem(pointer(e.getInstanceLocation()), e.getKeyword(), e.getMessage()));
        }
        return problems;
    }

    /** Every problem of one pack file, as the lines an author reads: {@code file:line: /pointer: reason}. */
    List<String> validateFile(Kind kind, String relativePath, String text) {
        List<String> found = new ArrayList<>();
        switch (kind) {
            case DATASET_ITEM -> {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    String where = relativePath + ":" + (i + 1) + ": ";
                    try {
                        validate(kind, JSON.readTree(lines[i].strip())).forEach(p -> found.add(where + p));
                    } catch (JacksonException e) {
                        found.add(where + "not a JSON object: " + e.getOriginalMessage());
                    }
                }
            }
            case LESSON_FRONT_MATTER -> {
                Optional<String> yaml = frontMatter(text);
                if (yaml.isEmpty()) {
                    found.add(relativePath + ":1: must start with front matter between '---' lines");
                } else {
                    // the front matter starts on the file's second line
                    yamlProblems(kind, relativePath, yaml.get(), 1, found);
                }
            }
            default -> yamlProblems(kind, relativePath, text, 0, found);
        }
        return found;
    }

    private void yamlProblems(Kind kind, String file, String yaml, int lineOffset, List<String> found) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = YAML.readTree(yaml);
            lines = lines(yaml);
        } catch (JacksonException e) {
            found.add(file + ": not valid YAML: " + e.getOriginalMessage());
            return;
        }
        if (root == null || root.isMissingNode()) {
            found.add(file + ": empty");
            return;
        }
        for (Problem p : validate(kind, root)) {
            found.add(file + ":" + (lineOf(lines, p.pointer()) + lineOffset) + ": " + p);
        }
    }

    /** The YAML between the opening and closing '---' lines of a Markdown file, as the core's reader splits it. */
    static Optional<String> frontMatter(String markdown) {
        String t = markdown.replace("\r\n", "\n");
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (!t.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = t.indexOf("\n---", 3);
        return end < 0 ? Optional.empty() : Optional.of(t.substring(4, end + 1));
    }

    static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One schema problem: where in the document (JSON pointer), which keyword, and the validator's message. */
    record Problem(String pointer, String keyword, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message + " [" + keyword + "]";
        }
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The line of every node of a YAML document, by JSON pointer. */
    private static Map<String, Integer> lines(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    /** The line of the node at the pointer, or of its nearest parent that has one. */
    private static int lineOf(Map<String, Integer> lines, String pointer) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            int cut = at.lastIndexOf('/');
            if (cut < 0) {
                return 1;
            }
            at = at.substring(0, cut);
        }
    }
}
