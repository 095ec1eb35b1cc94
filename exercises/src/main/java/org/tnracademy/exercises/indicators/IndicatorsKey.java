package org.tnracademy.exercises.indicators;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/**
 * The answer key: the lines that truly match, each with its indicator, and the decoys. Lines in
 * neither list are plain lines that match nothing.
 */
public record IndicatorsKey(List<KeyHit> hits, List<Decoy> decoys) {

    public IndicatorsKey {
        hits = List.copyOf(hits);
        decoys = List.copyOf(decoys);
    }

    /**
     * A key checked against its spec: at least one hit; known lines and indicators; no line twice;
     * English explanations; and in every hit line one of the indicator's values occurs, which
     * catches a key pointing at the wrong line or indicator.
     */
    public static IndicatorsKey validated(IndicatorsSpec spec, List<KeyHit> hits, List<Decoy> decoys) {
        PlainTree tree = new PlainTree("key");
        check(tree, spec, tree.given(hits, "key.hits"), tree.given(decoys, "key.decoys"));
        tree.throwAsSpecProblems();
        return new IndicatorsKey(hits, decoys);
    }

    /**
     * Reads {@code hits: [{line, indicator, explanation}]} and {@code decoys: [{line, explanation}]}
     * (decoys optional); an {@code exercise} field naming the exercise is allowed and ignored.
     */
    public static IndicatorsKey fromMap(IndicatorsSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("key");
        Map<String, Object> root = tree.fields(map, "key", Set.of("exercise", "hits", "decoys"));
        List<KeyHit> hits = null;
        List<Decoy> decoys = null;
        if (root != null) {
            hits = tree.items(root.get("hits"), "key.hits", IndicatorsKey::readHit);
            decoys = root.containsKey("decoys") ? tree.items(root.get("decoys"), "key.decoys", IndicatorsKey::readDecoy)
                    : List.of();
        }
        check(tree, spec, hits, decoys);
        tree.throwAsSpecProblems();
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

    private static KeyHit readHit(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, Set.of("line", "indicator", "explanation"));
        if (f == null) {
            return null;
        }
        String line = tree.string(f.get("line"), path(at, "line"));
        String indicator = tree.string(f.get("indicator"), path(at, "indicator"));
        LocalizedText explanation = tree.localizedText(f.get("explanation"), path(at, "explanation"));
        return line == null || indicator == null || explanation == null ? null
                : new KeyHit(line, indicator, explanation);
    }

    private static Decoy readDecoy(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, Set.of("line", "explanation"));
        if (f == null) {
            return null;
        }
        String line = tree.string(f.get("line"), path(at, "line"));
        LocalizedText explanation = tree.localizedText(f.get("explanation"), path(at, "explanation"));
        return line == null || explanation == null ? null : new Decoy(line, explanation);
    }

    private static void check(PlainTree tree, IndicatorsSpec spec, List<KeyHit> hits, List<Decoy> decoys) {
        Map<String, LogLine> lines = spec.linesById();
        Map<String, Indicator> indicators = spec.indicatorsById();
        Set<String> claimed = new HashSet<>();
        if (hits != null) {
            if (hits.isEmpty()) {
                tree.problem("key.hits", Code.MISSING_VALUE, "the key names no line that matches");
            }
            for (int i = 0; i < hits.size(); i++) {
                KeyHit hit = hits.get(i);
                if (hit != null) {
                    checkHit(tree, path("key.hits", i), hit, lines, indicators, claimed);
                }
            }
        }
        if (decoys != null) {
            for (int i = 0; i < decoys.size(); i++) {
                Decoy decoy = decoys.get(i);
                String at = path("key.decoys", i);
                if (decoy != null && checkLine(tree, at, decoy.lineId(), lines, claimed)) {
                    checkExplained(tree, at, decoy.explanation());
                }
            }
        }
    }

    private static void checkHit(PlainTree tree, String at, KeyHit hit, Map<String, LogLine> lines,
                                 Map<String, Indicator> indicators, Set<String> claimed) {
        boolean lineKnown = checkLine(tree, at, hit.lineId(), lines, claimed);
        Indicator indicator = hit.indicatorId() == null ? null : indicators.get(hit.indicatorId());
        if (indicator == null) {
            tree.problem(path(at, "indicator"), Code.UNKNOWN_LABEL,
                    "'" + hit.indicatorId() + "' is not an indicator of the bundle");
        } else if (lineKnown) {
            List<Observable> values = indicator.observables();
            String text = lines.get(hit.lineId()).text();
            if (values.stream().noneMatch(v -> v.occursIn(text))) {
                tree.problem(at, Code.OUT_OF_RANGE, "no value of " + indicator.id() + " ("
                        + String.join(", ", values.stream().map(Observable::value).toList()) + ") occurs in line "
                        + hit.lineId());
            }
        }
        checkExplained(tree, at, hit.explanation());
    }

    /** True when the line is known and named for the first time in the key. */
    private static boolean checkLine(PlainTree tree, String at, String lineId, Map<String, LogLine> lines,
                                     Set<String> claimed) {
        if (lineId == null || !lines.containsKey(lineId)) {
            tree.problem(path(at, "line"), Code.UNKNOWN_ITEM, "'" + lineId + "' is not a line of the log");
            return false;
        }
        if (!claimed.add(lineId)) {
            tree.problem(path(at, "line"), Code.DUPLICATE_ITEM,
                    "'" + lineId + "' is already in the key; a line is one hit or one decoy");
            return false;
        }
        return true;
    }

    private static void checkExplained(PlainTree tree, String at, LocalizedText explanation) {
        if (explanation == null || !explanation.byLanguage().containsKey(LocalizedText.FALLBACK)) {
            tree.problem(path(at, "explanation"), Code.MISSING_VALUE, "an English explanation ('en') is required");
        }
    }
}
