package org.tnracademy.exercises.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One worked example of a docs page: a fenced block opened by {@code ```yaml worked-example} with
 * the fields {@code title}, {@code type} (the exercise type id), {@code spec}, {@code key},
 * {@code answer}, {@code grade} (written analysis only: the instructor's points) and {@code score}
 * (the expected score, written to at most 4 decimals). An id written as a range such as
 * {@code p001..p100} (same prefix, same number of digits) stands for every id of the range: as a
 * map's field name, as an element of a list of ids, or as a value in a list element, which is then
 * repeated once per id.
 */
record WorkedExample(String page, int line, String title, String type, Map<String, Object> spec,
                     Map<String, Object> key, Map<String, Object> answer, Map<String, Object> grade, double score) {

    /** Half a unit of the fourth decimal: what a score written to 4 decimals may differ by. */
    static final double TOLERANCE = 0.00005;

    private static final String OPENING = "```yaml worked-example";
    private static final Pattern RANGE = Pattern.compile("(\\D*)(\\d+)\\.\\.\\1(\\d+)");
    private static final YAMLMapper YAML = new YAMLMapper();

    static List<WorkedExample> allIn(Path page, String markdown) {
        List<WorkedExample> examples = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals(OPENING)) {
                continue;
            }
            int opening = i + 1;
            StringBuilder block = new StringBuilder();
            for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                block.append(lines[i]).append('\n');
            }
            examples.add(read(page.getFileName().toString(), opening, block.toString()));
        }
        return examples;
    }

    @SuppressWarnings("unchecked")
    private static WorkedExample read(String page, int line, String yaml) {
        String where = page + " line " + line;
        Map<String, Object> tree;
        try {
            tree = (Map<String, Object>) expand(YAML.readValue(yaml, Map.class));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": not YAML: " + e.getMessage(), e);
        }
        for (String field : List.of("title", "type", "spec", "key", "answer", "score")) {
            if (tree.get(field) == null) {
                throw new IllegalArgumentException(where + ": the worked example has no " + field);
            }
        }
        if (!(tree.get("score") instanceof Number score)) {
            throw new IllegalArgumentException(where + ": score must be a number");
        }
        return new WorkedExample(page, line, (String) tree.get("title"), (String) tree.get("type"),
                (Map<String, Object>) tree.get("spec"), (Map<String, Object>) tree.get("key"),
                (Map<String, Object>) tree.get("answer"), (Map<String, Object>) tree.get("grade"),
                score.doubleValue());
    }

    /** The tree with every range written out. */
    static Object expand(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((name, value) -> {
                List<String> ids = ids(String.valueOf(name));
                ids.forEach(id -> out.put(id, expand(value)));
            });
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object element : list) {
                if (element instanceof String s) {
                    out.addAll(ids(s));
                } else if (element instanceof Map<?, ?> map && rangeField(map) != null) {
                    Object field = rangeField(map);
                    for (String id : ids((String) map.get(field))) {
                        Map<String, Object> copy = new LinkedHashMap<>();
                        map.forEach((name, value) -> copy.put(String.valueOf(name),
                                name.equals(field) ? id : expand(value)));
                        out.add(copy);
                    }
                } else {
                    out.add(expand(element));
                }
            }
            return out;
        }
        return node;
    }

    private static Object rangeField(Map<?, ?> map) {
        return map.entrySet().stream().filter(e -> e.getValue() instanceof String s && RANGE.matcher(s).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The ids a range stands for, or the text itself when it is no range. */
    static List<String> ids(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches() || m.group(2).length() != m.group(3).length()) {
            return List.of(text);
        }
        String prefix = m.group(1);
        int width = m.group(2).length();
        int from = Integer.parseInt(m.group(2));
        int to = Integer.parseInt(m.group(3));
        List<String> ids = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            ids.add(prefix + String.format("%0" + width + "d", n));
        }
        return ids;
    }

    @Override
    public String toString() {
        return page + " line " + line + " (" + title + ")";
    }
}
