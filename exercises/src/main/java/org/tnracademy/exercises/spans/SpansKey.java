package org.tnracademy.exercises.spans;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/** The answer key: every span of personal data the learner should mark, each with an explanation. */
public record SpansKey(List<KeySpan> spans) {

    private static final Set<String> FIELDS = Set.of("exercise", "spans");
    private static final Set<String> SPAN_FIELDS = Set.of("post", "start", "end", "category", "explanation");

    public SpansKey {
        spans = List.copyOf(spans);
    }

    /**
     * A key checked against its spec: at least one span; each in a known post and category, inside
     * the text, with an English explanation; no two of one post and category overlapping.
     */
    public static SpansKey validated(SpansSpec spec, List<KeySpan> spans) {
        PlainTree tree = new PlainTree("key");
        check(tree, spec, tree.given(spans, "key.spans"));
        tree.throwAsSpecProblems();
        return new SpansKey(spans);
    }

    /**
     * Reads {@code spans: [{post, start, end, category, explanation: {en, ...}}]}; an {@code exercise}
     * field naming the exercise, as key files carry, is allowed and ignored.
     */
    public static SpansKey fromMap(SpansSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("key");
        Map<String, Object> root = tree.fields(map, "key", FIELDS);
        List<KeySpan> spans = root == null ? null : tree.items(root.get("spans"), "key.spans", SpansKey::readSpan);
        check(tree, spec, spans);
        tree.throwAsSpecProblems();
        return new SpansKey(spans);
    }

    private static KeySpan readSpan(PlainTree tree, Object node, String at) {
        Map<String, Object> f = tree.fields(node, at, SPAN_FIELDS);
        if (f == null) {
            return null;
        }
        String post = tree.string(f.get("post"), path(at, "post"));
        Integer start = tree.wholeNumber(f.get("start"), path(at, "start"));
        Integer end = tree.wholeNumber(f.get("end"), path(at, "end"));
        String category = tree.string(f.get("category"), path(at, "category"));
        LocalizedText explanation = tree.localizedText(f.get("explanation"), path(at, "explanation"));
        if (post == null || start == null || end == null || category == null || explanation == null) {
            return null;
        }
        return new KeySpan(post, start, end, category, explanation);
    }

    private static void check(PlainTree tree, SpansSpec spec, List<KeySpan> spans) {
        if (spans == null) {
            return;
        }
        if (spans.isEmpty()) {
            tree.problem("key.spans", Code.MISSING_VALUE, "the key marks no span");
        }
        for (int i = 0; i < spans.size(); i++) {
            KeySpan s = spans.get(i);
            if (s != null && (s.explanation() == null
                    || !s.explanation().byLanguage().containsKey(LocalizedText.FALLBACK))) {
                tree.problem(path(path("key.spans", i), "explanation"), Code.MISSING_VALUE,
                        "an English explanation ('en') is required");
            }
        }
        SpanRules.check(tree, spec, spans, "key.spans");
    }
}
