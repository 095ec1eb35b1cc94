package org.tnracademy.exercises.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * The answer key: the lines that truly match, each with its indicator, and the decoys. Lines in
 * neither list are plain lines that match nothing.
 */
public record IndicatorsKey(List<KeyHit> hits, List<Decoy> decoys) {

    public IndicatorsKey {
        hits = Copies.list(hits);
        decoys = Copies.list(decoys);
    }

    /**
     * A key checked against its spec: at least one hit; known lines and indicators; no line twice;
     * English explanations; and every hit line matches its indicator's pattern (each value whole, by
     * its type's case rules), which catches a key pointing at the wrong line or indicator.
     */
    public static IndicatorsKey validated(IndicatorsSpec spec, List<KeyHit> hits, List<Decoy> decoys) {
        List<SpecProblem> problems = problemsOf(spec, hits, decoys);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new IndicatorsKey(hits, decoys);
    }

    /**
     * Reads {@code hits: [{line, indicator, explanation}]} and {@code decoys: [{line, explanation}]}
     * (decoys optional); an {@code exercise} field naming the exercise, as key files carry, is allowed
     * and ignored.
     */
    public static IndicatorsKey fromMap(IndicatorsSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<KeyHit> hits = new ArrayList<>();
        for (TreeReader h : in.objects("hits")) {
            hits.add(new KeyHit(h.text("line"), h.text("indicator"), h.localized("explanation")));
        }
        List<Decoy> decoys = new ArrayList<>();
        for (TreeReader d : in.optionalObjects("decoys")) {
            decoys.add(new Decoy(d.text("line"), d.localized("explanation")));
        }
        in.failOnSpecProblems(problemsOf(spec, hits, decoys));
        return new IndicatorsKey(hits, decoys);
    }

    public Map<String, KeyHit> hitsByLine() {
        Map<String, KeyHit> byLine = new LinkedHashMap<>();
        hits.forEach(h -> byLine.put(h.lineId(), h));
        return byLine;
    }

    public Map<String, Decoy> decoysByLine() {
        Map<String, Decoy> byLine = new LinkedHashMap<>();
        decoys.forEach(d -> byLine.put(d.lineId(), d));
        return byLine;
    }

    private static List<SpecProblem> problemsOf(IndicatorsSpec spec, List<KeyHit> hits, List<Decoy> decoys) {
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, LogLine> lines = spec.linesById();
        Map<String, Indicator> indicators = spec.indicatorsById();
        Set<String> claimed = new HashSet<>();
        if (hits == null || hits.isEmpty()) {
            problems.add(SpecProblem.of("hits", "the key names no line that matches", CheckProblem.KEY_EMPTY));
        }
        for (int i = 0; hits != null && i < hits.size(); i++) {
            KeyHit hit = hits.get(i);
            String at = "hits[" + i + "]";
            if (hit == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
            } else {
                checkHit(at, hit, lines, indicators, claimed, problems);
            }
        }
        for (int i = 0; decoys != null && i < decoys.size(); i++) {
            Decoy decoy = decoys.get(i);
            String at = "decoys[" + i + "]";
            if (decoy == null) {
                problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED));
            } else {
                checkLine(at, decoy.lineId(), lines, claimed, problems);
                Checks.text(decoy.explanation(), at + ".explanation", problems);
            }
        }
        return problems;
    }

    private static void checkHit(String at, KeyHit hit, Map<String, LogLine> lines, Map<String, Indicator> indicators,
                                 Set<String> claimed, List<SpecProblem> problems) {
        boolean lineKnown = checkLine(at, hit.lineId(), lines, claimed, problems);
        Indicator indicator = hit.indicatorId() == null ? null : indicators.get(hit.indicatorId());
        if (hit.indicatorId() == null) {
            problems.add(SpecProblem.of(at + ".indicator", "is required", ReadProblem.REQUIRED));
        } else if (indicator == null) {
            problems.add(SpecProblem.of(at + ".indicator", "'" + hit.indicatorId() + "' is not an indicator of the bundle", CheckProblem.NOT_DEFINED, hit.indicatorId()));
        } else if (lineKnown) {
            IndicatorPattern pattern = indicator.parsedPattern();
            if (!pattern.matches(lines.get(hit.lineId()).text())) {
                List<String> values = pattern.observables().stream().map(Observable::value).limit(5).toList();
                problems.add(SpecProblem.of(at, "line " + hit.lineId() + " does not match " + indicator.id()
                        + ": its pattern needs the whole value" + (values.size() > 1 ? "s " : " ")
                        + String.join(", ", values) + (pattern.observables().size() > 5 ? "…" : "")
                        + (pattern.alternatives().stream().anyMatch(all -> all.size() > 1)
                        ? " (joined by AND: all of them in the line)" : "")
                        + ", and a part of a longer value does not count", IndicatorsProblem.LINE_DOES_NOT_MATCH,
                        values.size(), hit.lineId(),
                        String.join(", ", values) + (pattern.observables().size() > 5 ? "…" : "")));
            }
        }
        Checks.text(hit.explanation(), at + ".explanation", problems);
    }

    /** True when the line is known and named for the first time in the key. */
    private static boolean checkLine(String at, String lineId, Map<String, LogLine> lines, Set<String> claimed,
                                     List<SpecProblem> problems) {
        if (lineId == null) {
            problems.add(SpecProblem.of(at + ".line", "is required", ReadProblem.REQUIRED));
            return false;
        }
        if (!lines.containsKey(lineId)) {
            problems.add(SpecProblem.of(at + ".line", "'" + lineId + "' is not a line of the log", CheckProblem.NOT_DEFINED, lineId));
            return false;
        }
        if (!claimed.add(lineId)) {
            problems.add(SpecProblem.of(at + ".line", "'" + lineId + "' is already in the key; a line is one hit or one decoy",
                    IndicatorsProblem.LINE_TWICE, lineId));
            return false;
        }
        return true;
    }
}
