package org.tnracademy.exercises.indicators;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.PlainTree;

/** A learner's claims: log line id -> the indicator it matches. Lines claimed as nothing are absent. */
public record IndicatorsAnswer(Map<String, String> indicatorByLine) {

    public IndicatorsAnswer {
        // HashMap rather than Map.copyOf: null values must reach validation, not fail here
        indicatorByLine = Collections.unmodifiableMap(new HashMap<>(indicatorByLine == null ? Map.of()
                : indicatorByLine));
    }

    /**
     * Reads {@code matches: {line-003: indicator--..., ...}} (no {@code matches}: nothing claimed) and
     * checks it against the spec, naming each problem by its path, such as {@code matches.line-003}.
     */
    public static IndicatorsAnswer fromMap(IndicatorsSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("answer");
        Map<String, Object> root = tree.fields(map, "", Set.of("matches"));
        Map<String, String> claims = new LinkedHashMap<>();
        if (root != null && root.containsKey("matches")) {
            Map<String, Object> matches = tree.map(root.get("matches"), "matches");
            if (matches != null) {
                matches.forEach((line, indicator) -> {
                    String id = tree.string(indicator, path("matches", line));
                    if (id != null) {
                        claims.put(line, id);
                    }
                });
            }
        }
        check(tree, spec, claims);
        tree.throwAsAnswerProblems();
        return new IndicatorsAnswer(claims);
    }

    /** Every problem of an answer: unknown lines, unknown or empty indicators. */
    public static List<AnswerProblem> problems(IndicatorsSpec spec, IndicatorsAnswer answer) {
        PlainTree tree = new PlainTree("answer");
        check(tree, spec, answer.indicatorByLine());
        return tree.answerProblems();
    }

    /** Lines in log order, then unknown lines alphabetically, so problems come in the same order every time. */
    private static void check(PlainTree tree, IndicatorsSpec spec, Map<String, String> claims) {
        Set<String> unknown = new TreeSet<>(claims.keySet());
        Set<String> indicators = spec.indicatorsById().keySet();
        for (LogLine line : spec.lines()) {
            if (unknown.remove(line.id())) {
                checkClaim(tree, indicators, line.id(), claims.get(line.id()));
            }
        }
        for (String line : unknown) {
            tree.problem(path("matches", line), Code.UNKNOWN_ITEM, "'" + line + "' is not a line of the log");
        }
    }

    private static void checkClaim(PlainTree tree, Set<String> indicators, String line, String indicator) {
        if (indicator == null || indicator.isBlank()) {
            tree.problem(path("matches", line), Code.MISSING_VALUE, "the indicator is empty");
        } else if (!indicators.contains(indicator)) {
            tree.problem(path("matches", line), Code.UNKNOWN_LABEL,
                    "'" + indicator + "' is not an indicator of the bundle");
        }
    }
}
