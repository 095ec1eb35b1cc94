package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.TreeReader;

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
        TreeReader in = TreeReader.of(map);
        TreeReader matches = in.optionalChild("matches");
        Map<String, String> claims = new LinkedHashMap<>();
        for (String line : matches.fields()) {
            claims.put(line, matches.optionalText(line, null));
        }
        IndicatorsAnswer answer = new IndicatorsAnswer(claims);
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /**
     * Every problem of this answer against the spec: unknown lines, unknown or empty indicators. Lines
     * come in log order, then unknown lines alphabetically, so problems come in the same order every time.
     */
    public List<AnswerProblem> problemsAgainst(IndicatorsSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(indicatorByLine.keySet());
        Set<String> indicators = spec.indicatorsById().keySet();
        for (LogLine line : spec.lines()) {
            if (unknown.remove(line.id())) {
                checkClaim(indicators, line.id(), indicatorByLine.get(line.id()), problems);
            }
        }
        for (String line : unknown) {
            problems.add(new AnswerProblem("matches." + line, Code.UNKNOWN_ITEM, "'" + line + "' is not a line of the log", AnswerWords.NOT_AN_ITEM, line));
        }
        return problems;
    }

    private static void checkClaim(Set<String> indicators, String line, String indicator, List<AnswerProblem> problems) {
        if (indicator == null || indicator.isBlank()) {
            problems.add(new AnswerProblem("matches." + line, Code.MISSING_VALUE, "the indicator is empty"));
        } else if (!indicators.contains(indicator)) {
            problems.add(new AnswerProblem("matches." + line, Code.UNKNOWN_LABEL,
                    "'" + indicator + "' is not an indicator of the bundle", AnswerWords.NOT_A_LABEL, indicator));
        }
    }
}
