package org.tnracademy.exercises.spans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.TreeReader;

/** A learner's marks: the spans of personal data they found, in any order. Nothing marked is an empty list. */
public record SpansAnswer(List<MarkedSpan> spans) {

    public SpansAnswer {
        // Copies.list rather than List.copyOf: a null item must reach validation, not fail here
        spans = Copies.list(spans);
    }

    /**
     * Reads {@code spans: [{post, start, end, category}]} (no {@code spans} field: nothing marked) and
     * checks it against the spec, reporting every problem with its path, such as {@code spans[3].end}.
     */
    public static SpansAnswer fromMap(SpansSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<MarkedSpan> spans = new ArrayList<>();
        for (TreeReader s : in.optionalObjects("spans")) {
            String post = s.text("post");
            Integer start = s.integer("start");
            Integer end = s.integer("end");
            String category = s.text("category");
            // a mark without its place cannot be checked further: left out, its problem named
            spans.add(start == null || end == null ? null : new MarkedSpan(post, start, end, category));
        }
        in.failOnAnswerProblems(SpanRules.check(spec, spans, "spans"));
        return new SpansAnswer(spans);
    }

    /** Every problem of this answer against the spec, such as an unknown post or two overlapping marks. */
    public List<AnswerProblem> problemsAgainst(SpansSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Checks.nullItems(spans, "spans").forEach(at ->
                problems.add(new AnswerProblem(at, AnswerProblem.Code.MISSING_VALUE, "is required")));
        problems.addAll(SpanRules.check(spec, spans, "spans"));
        return problems;
    }
}
