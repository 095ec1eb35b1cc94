package org.tnracademy.core.regrade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tnracademy.core.packs.PackFileProblem;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ProblemMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Answer keys as instructors edit them: the same YAML as a pack's key file, read with the limits
 * pack files have (no anchors or aliases, bounded size), and written back for the editor.
 */
public final class KeyYaml {

    /** A key is a few thousand lines at most; a million characters is far beyond any real one. */
    static final int MAX_CODE_POINTS = 1024 * 1024;

    private static final TypeReference<LinkedHashMap<String, Object>> TREE = new TypeReference<>() {
    };

    /** Keys need no anchors: refusing aliases outright closes the alias-bomb door. */
    private static final YAMLMapper MAPPER = Mappers.boundedYaml(0, MAX_CODE_POINTS, 0);

    /** How the YAML parser names a place in its messages. */
    private static final Pattern PLACE = Pattern.compile("line (\\d+), column (\\d+)");

    private KeyYaml() {
    }

    /**
     * Reads a key written as YAML.
     *
     * @throws KeyYamlException with the line and column of the problem, and the reason
     */
    public static Map<String, Object> parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new KeyYamlException(1, 1, "the key is empty", ProblemMessage.of(PackFileProblem.YAML_EMPTY));
        }
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            throw new KeyYamlException(1, 1, "the key is longer than " + MAX_CODE_POINTS + " characters",
                    ProblemMessage.of(CheckProblem.TOO_LONG, yaml.codePointCount(0, yaml.length()), MAX_CODE_POINTS));
        }
        try {
            refuseAliases(yaml);
            Object root = MAPPER.readValue(yaml, Object.class);
            if (!(root instanceof Map<?, ?>)) {
                throw new KeyYamlException(1, 1, "a key is a mapping of fields (such as 'items:'), not "
                        + (root == null ? "nothing" : root instanceof List<?> ? "a list" : "a single value"),
                        ProblemMessage.of(PackProblemCode.NOT_A_MAPPING));
            }
            return MAPPER.readValue(yaml, TREE);
        } catch (JacksonException e) {
            throw syntaxError(e);
        }
    }

    /** The key as YAML for the editor, fields in a stable order so two versions compare line by line. */
    public static String format(Map<String, Object> keyTree) {
        return MAPPER.writeValueAsString(keyTree);
    }

    /** The key in one canonical text whatever the order of its fields: what a preview token is made of. */
    static String canonical(Map<String, Object> keyTree) {
        return MAPPER.writeValueAsString(sorted(keyTree));
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(KeyYaml::sorted).toList();
        }
        return node;
    }

    /** Anchors and aliases have no use in a key and are how alias bombs work: refused outright. */
    private static void refuseAliases(String yaml) {
        try (JsonParser p = MAPPER.createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && p instanceof YAMLParser y
                        && (y.isCurrentAlias() || y.getObjectId() != null)) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    throw new KeyYamlException(at.getLineNr(), at.getColumnNr(),
                            "anchors and aliases (&name, *name) are not allowed in a key",
                            ProblemMessage.of(PackFileProblem.YAML_ALIAS));
                }
            }
        }
    }

    /**
     * The YAML parser says where a construct began ("while parsing a block collection ... line 2")
     * and then where it found the problem ("expected <block end> ... line 3"): the problem's place
     * is the last one it names, and the reason is every sentence without the place.
     */
    private static KeyYamlException syntaxError(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        Matcher place = PLACE.matcher(message);
        while (place.find()) {
            line = Integer.parseInt(place.group(1));
            column = Integer.parseInt(place.group(2));
        }
        List<String> sentences = message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !PLACE.matcher(l).find() && !l.startsWith("^"))
                .toList();
        String reason = sentences.isEmpty() ? "not valid YAML" : String.join("; ", sentences);
        return new KeyYamlException(Math.max(line, 1), Math.max(column, 1), reason,
                ProblemMessage.of(PackFileProblem.YAML_SYNTAX));
    }
}
