package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.ReadProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** The answer key: every span of personal data the learner should mark, each with an explanation. */
public record SpansKey(List<KeySpan> spans) {

    public SpansKey {
        spans = Copies.list(spans);
    }

    /**
     * A key checked against its spec: at least one span; each in a known post and category, inside
     * the text, with an English explanation; no two of one post and category overlapping.
     */
    public static SpansKey validated(SpansSpec spec, List<KeySpan> spans) {
        List<SpecProblem> problems = new ArrayList<>();
        Checks.nullItems(spans, "spans").forEach(at -> problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED)));
        problems.addAll(problemsOf(spec, spans));
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new SpansKey(spans);
    }

    /**
     * Reads {@code spans: [{post, start, end, category, explanation: {en, ...}}]}; an {@code exercise}
     * field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static SpansKey fromMap(SpansSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        List<KeySpan> spans = new ArrayList<>();
        for (TreeReader s : in.objects("spans")) {
            String post = s.text("post");
            Integer start = s.integer("start");
            Integer end = s.integer("end");
            String category = s.text("category");
            LocalizedText explanation = s.localized("explanation");
            // a span without its place cannot be checked further: left out, its problem named
            spans.add(start == null || end == null ? null : new KeySpan(post, start, end, category, explanation));
        }
        in.failOnSpecProblems(problemsOf(spec, spans));
        return new SpansKey(spans);
    }

    /** Null spans could not be read and are skipped. */
    private static List<SpecProblem> problemsOf(SpansSpec spec, List<KeySpan> spans) {
        List<SpecProblem> problems = new ArrayList<>();
        if (spans == null || spans.isEmpty()) {
            problems.add(SpecProblem.of("spans", "the key marks no span", CheckProblem.KEY_EMPTY));
            return problems;
        }
        for (int i = 0; i < spans.size(); i++) {
            KeySpan s = spans.get(i);
            if (s != null) {
                Checks.text(s.explanation(), "spans[" + i + "].explanation", problems);
            }
        }
        SpanRules.check(spec, spans, "spans").forEach(p -> problems.add(new SpecProblem(p.where(), p.detail(), p.message())));
        return problems;
    }
}
