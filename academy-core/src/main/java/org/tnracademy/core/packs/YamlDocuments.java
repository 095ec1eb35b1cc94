package org.tnracademy.core.packs;

import java.util.HashMap;
import java.util.Map;

import org.tnracademy.core.support.Mappers;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML from packs with limits that hostile files cannot get round (aliases, size, depth),
 * and remembers on which line each field stands, so a problem found later can name the line.
 * Public for the studio's key uploads, which read the pack's key format.
 */
public final class YamlDocuments {

    /** Enough for any real pack file; an alias bomb needs far more. */
    static final int MAX_ALIASES = 20;
    static final int MAX_CODE_POINTS = 5 * 1024 * 1024;
    /** Far deeper than any pack file nests; keeps finding each field's line linear in the file's size. */
    static final int MAX_DEPTH = 64;

    private final YAMLMapper mapper = Mappers.boundedYaml(MAX_ALIASES, MAX_CODE_POINTS, MAX_DEPTH);

    /** A parsed file and the line of every field, by JSON pointer such as {@code /modules/0/title}. */
    public record YamlDocument(JsonNode root, Map<String, Integer> lines) {

        /** The line of a field given as {@code modules[0].items[1].lesson}, or of its nearest parent. */
        public int lineOf(String path) {
            String pointer = path == null || path.isEmpty() ? ""
                    : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
            while (true) {
                Integer line = lines.get(pointer);
                if (line != null) {
                    return line;
                }
                int cut = pointer.lastIndexOf('/');
                if (cut < 0) {
                    return 0;
                }
                pointer = pointer.substring(0, cut);
            }
        }
    }

    /** Anchors and aliases have no use in a pack and are how alias bombs work: refused outright. */
    public static final class AliasNotAllowedException extends RuntimeException {
        final int line;

        AliasNotAllowedException(int line) {
            super("anchors and aliases (&name, *name) are not allowed in pack files");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public YamlDocument read(String text) {
        Map<String, Integer> lines = lines(text);
        JsonNode root = mapper.readTree(text);
        return new YamlDocument(root, lines);
    }

    private Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
                    throw new AliasNotAllowedException(p.currentTokenLocation().getLineNr());
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }
}
