package org.tnracademy.core.studio;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tnracademy.core.packs.PackFileProblem;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.ProblemCode;
import org.tnracademy.exercises.ProblemMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The YAML an instructor types for an exercise's spec or key in the editor, as the tree
 * {@link ExerciseDrafts} stores, and back; with the same limits as pack files (no anchors or
 * aliases, bounded size), and the line each field stands on, to point a problem at it.
 */
public final class DraftYaml {

    public static final int MAX_CODE_POINTS = 1024 * 1024;

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final YAMLMapper READER = Mappers.boundedYaml(20, MAX_CODE_POINTS, 0);
    private static final YAMLMapper WRITER = Mappers.writtenYaml(false);

    /**
     * YAML text that is not a mapping the editor can store: the line (0 when unknown), why in
     * English (the message, for logs) and the same as a code the interface words.
     */
    public static final class NotATreeException extends RuntimeException {
        private final int line;
        private final transient ProblemMessage problem;

        NotATreeException(int line, String message, ProblemCode code) {
            super(message);
            this.line = line;
            this.problem = ProblemMessage.of(code);
        }

        public int line() {
            return line;
        }

        public ProblemMessage problem() {
            return problem;
        }
    }

    private DraftYaml() {
    }

    /**
     * The mapping the text holds; an empty text is an empty mapping.
     *
     * @throws NotATreeException for text that is not YAML, not a mapping, or uses anchors and aliases
     */
    public static Map<String, Object> read(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            lines(text);
            Object value = READER.readValue(text, Object.class);
            if (!(value instanceof Map<?, ?>)) {
                throw new NotATreeException(1, "must be a mapping (key: value lines)", PackProblemCode.NOT_A_MAPPING);
            }
            return READER.convertValue(value, TREE);
        } catch (JacksonException e) {
            throw new NotATreeException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getOriginalMessage(), PackFileProblem.YAML_SYNTAX);
        }
    }

    /** The tree as YAML, as the editor shows it. */
    public static String write(Map<String, Object> tree) {
        return tree == null || tree.isEmpty() ? "" : WRITER.writeValueAsString(tree);
    }

    /**
     * The line of a field such as {@code labels[1].id} in the text, or of its nearest parent that is
     * there; 0 when none is (or the text does not read).
     */
    public static int lineOf(String text, String path) {
        Map<String, Integer> lines;
        try {
            lines = lines(text == null ? "" : text);
        } catch (RuntimeException unreadable) {
            return 0;
        }
        String pointer = path == null || path.isEmpty() ? ""
                : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        // the document itself is no field: a path none of whose parents is there points nowhere
        while (!pointer.isEmpty()) {
            Integer line = lines.get(pointer);
            if (line != null) {
                return line;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return 0;
    }

    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = READER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
                    throw new NotATreeException(p.currentTokenLocation().getLineNr(),
                            "anchors and aliases (&name, *name) are not allowed", PackFileProblem.YAML_ALIAS);
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }
}
