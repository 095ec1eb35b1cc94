package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * An indicator-matching exercise: the log lines the learner reads, in order, and the indicators of
 * a STIX 2.1 bundle they match lines against, in bundle order. The bundle may be published threat
 * intelligence: then {@code intelligence} names its source and licence, shown to learners; it is
 * null for a synthetic bundle. The log lines are always synthetic.
 */
public record IndicatorsSpec(List<LogLine> lines, List<Indicator> indicators, IntelligenceSource intelligence) {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern INDICATOR_ID = Pattern.compile("indicator--" + UUID);
    private static final Pattern BUNDLE_ID = Pattern.compile("bundle--" + UUID);

    public IndicatorsSpec {
        lines = Copies.list(lines);
        indicators = Copies.list(indicators);
    }

    /** A spec of a synthetic bundle, with no source to cite. */
    public IndicatorsSpec(List<LogLine> lines, List<Indicator> indicators) {
        this(lines, indicators, null);
    }

    /** A checked spec: lines and indicators present with unique ids, every pattern in the supported subset. */
    public static IndicatorsSpec of(List<LogLine> lines, List<Indicator> indicators) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; indicators != null && i < indicators.size(); i++) {
            paths.add("indicators[" + i + "]");
        }
        List<SpecProblem> problems = new ArrayList<>();
        if (indicators == null || indicators.isEmpty()) {
            problems.add(SpecProblem.of("indicators", "at least one indicator is required", CheckProblem.NONE_GIVEN));
        }
        problems.addAll(problemsOf(lines, indicators, paths));
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new IndicatorsSpec(lines, indicators);
    }

    /**
     * Reads {@code lines: [{id, text}]}, {@code bundle}, a STIX 2.1 bundle as parsed JSON:
     * {@code {type: bundle, id: bundle--<uuid>, objects: [...]}}, and optionally
     * {@code intelligence: {source, licence}}, where a published bundle comes from. Indicators need
     * {@code id}, {@code spec_version: "2.1"}, {@code pattern} and {@code pattern_type: stix};
     * {@code name} is optional, as in published bundles. Their other properties, the other
     * properties of the bundle and the objects of other types (identity, malware, relationship,
     * report, marking-definition...) are allowed and not used.
     */
    public static IndicatorsSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<LogLine> lines = new ArrayList<>();
        for (TreeReader l : in.objects("lines")) {
            lines.add(new LogLine(l.text("id"), l.text("text")));
        }
        List<SpecProblem> problems = new ArrayList<>();
        IntelligenceSource intelligence = readIntelligence(in, problems);
        List<String> paths = new ArrayList<>();
        List<Indicator> indicators = readBundle(in.child("bundle"), paths, problems);
        problems.addAll(problemsOf(lines, indicators, paths));
        in.failOnSpecProblems(problems);
        return new IndicatorsSpec(lines, indicators, intelligence);
    }

    /**
     * {@code intelligence: {source, licence}}, optional: the studio's bundle upload always records it,
     * a synthetic bundle needs none.
     */
    private static IntelligenceSource readIntelligence(TreeReader in, List<SpecProblem> problems) {
        if (!in.has("intelligence")) {
            return null;
        }
        TreeReader source = in.child("intelligence");
        IntelligenceSource read = new IntelligenceSource(source.text("source"), source.text("licence"));
        checkText(read.source(), "intelligence.source", IntelligenceSource.MAX_SOURCE_LENGTH, problems);
        checkText(read.licence(), "intelligence.licence", IntelligenceSource.MAX_LICENCE_LENGTH, problems);
        return read;
    }

    private static void checkText(String value, String field, int maxLength, List<SpecProblem> problems) {
        if (value != null && value.isBlank()) {
            problems.add(SpecProblem.of(field, "must not be blank", CheckProblem.BLANK));
        } else if (value != null && value.length() > maxLength) {
            problems.add(SpecProblem.of(field, "has " + value.length() + " characters, at most " + maxLength,
                    CheckProblem.TOO_LONG, value.length(), maxLength));
        }
    }

    /**
     * Checks a STIX 2.1 bundle alone, as the studio does with an uploaded bundle before it becomes an
     * exercise's: the same rules as {@link #fromMap}, problems named {@code bundle.objects[3].pattern}.
     *
     * @return the bundle's indicators, in bundle order
     * @throws InvalidSpecException naming every problem
     */
    public static List<Indicator> checkedBundle(Map<String, Object> bundle) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("bundle", bundle);
        TreeReader in = TreeReader.of(root);
        List<SpecProblem> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Indicator> indicators = readBundle(in.child("bundle"), paths, problems);
        problems.addAll(indicatorProblems(indicators, paths));
        in.failOnSpecProblems(problems);
        return indicators;
    }

    /** The bundle's indicators, their paths into {@code paths}; the bundle's own problems into {@code problems}. */
    private static List<Indicator> readBundle(TreeReader bundle, List<String> paths, List<SpecProblem> problems) {
        bundle.allowOtherFields();
        String type = bundle.text("type");
        if (!"bundle".equals(type)) {
            problems.add(SpecProblem.of("bundle.type", "must be 'bundle', not " + quoted(type),
                    IndicatorsProblem.BUNDLE_TYPE, type));
        }
        String id = bundle.text("id");
        if (id == null || !BUNDLE_ID.matcher(id).matches()) {
            problems.add(SpecProblem.of("bundle.id", "must be 'bundle--' followed by a UUID, not " + quoted(id),
                    IndicatorsProblem.BUNDLE_ID, id));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (TreeReader o : bundle.objects("objects")) {
            if ("indicator".equals(o.allowOtherFields().text("type"))) {
                indicators.add(readIndicator(o));
                paths.add(o.path());
            }
        }
        if (indicators.isEmpty()) {
            problems.add(SpecProblem.of("bundle.objects", "the bundle holds no object of type 'indicator'",
                    IndicatorsProblem.NO_INDICATOR));
        }
        return indicators;
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

    /** An indicator object; its version and pattern type, which the record does not keep, are checked here. */
    private static Indicator readIndicator(TreeReader o) {
        String id = o.text("id");
        String named = id == null ? "" : id + ": ";
        String version = o.text("spec_version");
        if (version != null && !"2.1".equals(version)) {
            o.problem(o.pathOf("spec_version"), TreeReader.Issue.INVALID,
                    named + "must be '2.1', not " + quoted(version), IndicatorsProblem.SPEC_VERSION, version);
        }
        String patternType = o.text("pattern_type");
        if (patternType != null && !"stix".equals(patternType)) {
            o.problem(o.pathOf("pattern_type"), TreeReader.Issue.INVALID,
                    named + "only 'stix' patterns are supported, not " + quoted(patternType),
                    IndicatorsProblem.PATTERN_TYPE, patternType);
        }
        return new Indicator(id, o.optionalText("name", null), o.text("pattern"));
    }

    /** The start of a pattern in a problem: enough to find it, never a megabyte. */
    private static String shown(String pattern) {
        return "'" + start(pattern) + "'";
    }

    private static String start(String pattern) {
        return pattern.length() <= 120 ? pattern : pattern.substring(0, 120) + "…";
    }

    private static String quoted(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    /** The indicators are named by {@code paths}: {@code indicators[i]} in code, {@code bundle.objects[k]} read. */
    private static List<SpecProblem> problemsOf(List<LogLine> lines, List<Indicator> indicators, List<String> paths) {
        List<SpecProblem> problems = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(SpecProblem.of("lines", "at least one log line is required", CheckProblem.NONE_GIVEN));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                LogLine line = lines.get(i);
                String field = "lines[" + i + "]";
                if (line == null) {
                    problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
                    continue;
                }
                Checks.itemId(line.id(), field + ".id", seen, problems);
                requireText(line.text(), field + ".text", problems);
            }
        }
        problems.addAll(indicatorProblems(indicators, paths));
        return problems;
    }

    private static List<SpecProblem> indicatorProblems(List<Indicator> indicators, List<String> paths) {
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; indicators != null && i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator == null) {
                problems.add(SpecProblem.of(paths.get(i), "is required", ReadProblem.REQUIRED));
            } else {
                checkIndicator(indicator, paths.get(i), seen, problems);
            }
        }
        return problems;
    }

    private static void checkIndicator(Indicator indicator, String at, Set<String> seen, List<SpecProblem> problems) {
        String id = indicator.id();
        if (id == null || id.isBlank()) {
            problems.add(id == null ? SpecProblem.of(at + ".id", "is required", ReadProblem.REQUIRED)
                    : SpecProblem.of(at + ".id", "must not be blank", CheckProblem.BLANK));
        } else if (!INDICATOR_ID.matcher(id).matches()) {
            problems.add(SpecProblem.of(at + ".id", "'" + id + "' must be 'indicator--' followed by a UUID",
                    IndicatorsProblem.INDICATOR_ID, id));
        } else if (!seen.add(id)) {
            problems.add(SpecProblem.of(at + ".id", "'" + id + "' appears twice", CheckProblem.DUPLICATE, id));
        }
        if (indicator.name() != null && indicator.name().isBlank()) {
            problems.add(SpecProblem.of(at + ".name", id + ": must not be blank when given", CheckProblem.BLANK));
        }
        if (indicator.pattern() == null) {
            problems.add(SpecProblem.of(at + ".pattern", "is required", ReadProblem.REQUIRED));
            return;
        }
        try {
            StixPattern.parse(indicator.pattern());
        } catch (IllegalArgumentException e) {
            problems.add(SpecProblem.of(at + ".pattern", id + ": unsupported pattern " + shown(indicator.pattern())
                    + ": " + e.getMessage(), IndicatorsProblem.PATTERN_UNSUPPORTED, start(indicator.pattern())));
        }
    }

    private static void requireText(String value, String field, List<SpecProblem> problems) {
        if (value == null) {
            problems.add(SpecProblem.of(field, "is required", ReadProblem.REQUIRED));
        } else if (value.isBlank()) {
            problems.add(SpecProblem.of(field, "must not be blank", CheckProblem.BLANK));
        }
    }
}
