package org.tnracademy.exercises.indicators;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.PlainTree;

/**
 * An indicator-matching exercise: the log lines the learner reads, in order, and the indicators of
 * a STIX 2.1 bundle they match lines against, in bundle order.
 */
public record IndicatorsSpec(List<LogLine> lines, List<Indicator> indicators) {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern INDICATOR_ID = Pattern.compile("indicator--" + UUID);
    private static final Pattern BUNDLE_ID = Pattern.compile("bundle--" + UUID);

    public IndicatorsSpec {
        lines = List.copyOf(lines);
        indicators = List.copyOf(indicators);
    }

    /** A checked spec: lines and indicators present with unique ids, every pattern in the supported subset. */
    public static IndicatorsSpec of(List<LogLine> lines, List<Indicator> indicators) {
        PlainTree tree = new PlainTree("spec");
        List<Indicator> given = tree.given(indicators, "indicators");
        List<String> paths = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            paths.add(path("indicators", i));
        }
        if (given != null && given.isEmpty()) {
            tree.problem("indicators", Code.MISSING_VALUE, "at least one indicator is required");
        }
        check(tree, tree.given(lines, "lines"), given, paths);
        tree.throwAsSpecProblems();
        return new IndicatorsSpec(lines, indicators);
    }

    /**
     * Reads {@code lines: [{id, text}]} and {@code bundle}, a STIX 2.1 bundle as parsed JSON:
     * {@code {type: bundle, id: bundle--<uuid>, objects: [...]}}. Indicators need {@code id},
     * {@code spec_version: "2.1"}, {@code name}, {@code pattern} and {@code pattern_type: stix}; their
     * other properties and the objects of other types (identity, malware, relationship...) are allowed
     * and not used.
     */
    public static IndicatorsSpec fromMap(Map<String, Object> map) {
        PlainTree tree = new PlainTree("spec");
        Map<String, Object> root = tree.fields(map, "", Set.of("lines", "bundle"));
        List<LogLine> lines = null;
        List<Indicator> indicators = null;
        List<String> paths = new ArrayList<>();
        if (root != null) {
            lines = tree.items(root.get("lines"), "lines", IndicatorsSpec::readLine);
            indicators = readBundle(tree, root.get("bundle"), paths);
        }
        check(tree, lines, indicators, paths);
        tree.throwAsSpecProblems();
        return new IndicatorsSpec(lines, indicators);
    }

    public Map<String, LogLine> linesById() {
        Map<String, LogLine> byId = new LinkedHashMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    public Map<String, Indicator> indicatorsById() {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    private static LogLine readLine(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, Set.of("id", "text"));
        if (f == null) {
            return null;
        }
        String id = tree.string(f.get("id"), path(at, "id"));
        String text = tree.string(f.get("text"), path(at, "text"));
        return id == null || text == null ? null : new LogLine(id, text);
    }

    /** The bundle's indicators, with the path of each in {@code paths}; null when the bundle cannot be read. */
    private static List<Indicator> readBundle(PlainTree tree, Object node, List<String> paths) {
        Map<String, Object> bundle = tree.map(node, "bundle");
        if (bundle == null) {
            return null;
        }
        if (!"bundle".equals(bundle.get("type"))) {
            tree.problem("bundle.type", Code.WRONG_TYPE, "must be 'bundle', not " + quoted(bundle.get("type")));
        }
        if (!(bundle.get("id") instanceof String id) || !BUNDLE_ID.matcher(id).matches()) {
            tree.problem("bundle.id", Code.WRONG_TYPE, "must be 'bundle--' followed by a UUID, not "
                    + quoted(bundle.get("id")));
        }
        List<Object> objects = tree.list(bundle.get("objects"), "bundle.objects");
        if (objects == null) {
            return null;
        }
        List<Indicator> indicators = new ArrayList<>();
        boolean anyIndicator = false;
        for (int i = 0; i < objects.size(); i++) {
            String at = path("bundle.objects", i);
            Map<String, Object> object = tree.map(objects.get(i), at);
            String type = object == null ? null : tree.string(object.get("type"), path(at, "type"));
            if ("indicator".equals(type)) {
                anyIndicator = true;
                Indicator indicator = readIndicator(tree, object, at);
                if (indicator != null) {
                    indicators.add(indicator);
                    paths.add(at);
                }
            }
        }
        if (!anyIndicator) {
            tree.problem("bundle.objects", Code.MISSING_VALUE, "the bundle holds no object of type 'indicator'");
        }
        return indicators;
    }

    private static Indicator readIndicator(PlainTree tree, Map<String, Object> object, String at) {
        String id = tree.string(object.get("id"), path(at, "id"));
        String name = tree.string(object.get("name"), path(at, "name"));
        String pattern = tree.string(object.get("pattern"), path(at, "pattern"));
        String named = id == null ? "" : id + ": ";
        if (!"2.1".equals(object.get("spec_version"))) {
            tree.problem(path(at, "spec_version"), Code.WRONG_TYPE,
                    named + "must be '2.1', not " + quoted(object.get("spec_version")));
        }
        if (!"stix".equals(object.get("pattern_type"))) {
            tree.problem(path(at, "pattern_type"), Code.WRONG_TYPE,
                    named + "only 'stix' patterns are supported, not " + quoted(object.get("pattern_type")));
        }
        return id == null || name == null || pattern == null ? null : new Indicator(id, name, pattern);
    }

    private static String quoted(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    /** Rules beyond types; null lists and items could not be read, are already reported, and are skipped. */
    private static void check(PlainTree tree, List<LogLine> lines, List<Indicator> indicators, List<String> paths) {
        if (lines != null) {
            if (lines.isEmpty()) {
                tree.problem("lines", Code.MISSING_VALUE, "at least one log line is required");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                LogLine line = lines.get(i);
                String at = path("lines", i);
                if (line == null) {
                    continue;
                }
                if (line.id() == null || line.id().isBlank() || line.text() == null || line.text().isBlank()) {
                    tree.problem(at, Code.MISSING_VALUE, "needs an id and a text");
                } else if (!seen.add(line.id())) {
                    tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + line.id() + "' appears twice");
                }
            }
        }
        if (indicators == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator != null) {
                checkIndicator(tree, indicator, paths.get(i), seen);
            }
        }
    }

    private static void checkIndicator(PlainTree tree, Indicator indicator, String at, Set<String> seen) {
        if (indicator.id() == null || indicator.name() == null || indicator.name().isBlank()) {
            tree.problem(at, Code.MISSING_VALUE, "needs an id and a name");
            return;
        }
        if (!INDICATOR_ID.matcher(indicator.id()).matches()) {
            tree.problem(path(at, "id"), Code.WRONG_TYPE,
                    "'" + indicator.id() + "' must be 'indicator--' followed by a UUID");
        } else if (!seen.add(indicator.id())) {
            tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + indicator.id() + "' appears twice");
        }
        try {
            StixPattern.parse(indicator.pattern());
        } catch (IllegalArgumentException e) {
            tree.problem(path(at, "pattern"), Code.OUT_OF_RANGE,
                    indicator.id() + ": unsupported pattern " + quoted(indicator.pattern()) + ": " + e.getMessage());
        }
    }
}
