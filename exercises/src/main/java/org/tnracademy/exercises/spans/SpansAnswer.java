package org.tnracademy.exercises.spans;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.PlainTree;

/** A learner's marks: the spans of personal data they found, in any order. Nothing marked is an empty list. */
public record SpansAnswer(List<MarkedSpan> spans) {

    private static final Set<String> SPAN_FIELDS = Set.of("post", "start", "end", "category");

    public SpansAnswer {
        // ArrayList rather than List.copyOf: a null item must reach validation, not fail here
        spans = Collections.unmodifiableList(new ArrayList<>(spans == null ? List.of() : spans));
    }

    /**
     * Reads {@code spans: [{post, start, end, category}]} (no {@code spans} field: nothing marked) and
     * checks it against the spec, reporting every problem with its path, such as {@code spans[3].end}.
     */
    public static SpansAnswer fromMap(SpansSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("answer");
        Map<String, Object> root = tree.fields(map, "", Set.of("spans"));
        List<MarkedSpan> spans = root == null || !root.containsKey("spans") ? List.of()
                : tree.items(root.get("spans"), "spans", SpansAnswer::readSpan);
        if (spans != null) {
            SpanRules.check(tree, spec, spans, "spans");
        }
        tree.throwAsAnswerProblems();
        return new SpansAnswer(spans);
    }

    /** Every problem of an answer built in code, such as an unknown post or two overlapping marks. */
    public static List<AnswerProblem> problems(SpansSpec spec, SpansAnswer answer) {
        PlainTree tree = new PlainTree("answer");
        SpanRules.check(tree, spec, tree.given(answer.spans(), "spans"), "spans");
        return tree.answerProblems();
    }

    private static MarkedSpan readSpan(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, SPAN_FIELDS);
        if (f == null) {
            return null;
        }
        String post = tree.string(f.get("post"), path(at, "post"));
        Integer start = tree.wholeNumber(f.get("start"), path(at, "start"));
        Integer end = tree.wholeNumber(f.get("end"), path(at, "end"));
        String category = tree.string(f.get("category"), path(at, "category"));
        if (post == null || start == null || end == null || category == null) {
            return null;
        }
        return new MarkedSpan(post, start, end, category);
    }
}
