package org.tnracademy.exercises.estimate;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/** An estimate exercise: its questions, in the order the learner sees them. The score is their mean credit. */
public record EstimateSpec(List<EstimateQuestion> questions) {

    private static final Set<String> LOCATION_FIELDS = Set.of("id", "kind", "prompt", "tolerance", "zeroCredit",
            "decay");
    private static final Set<String> NUMBER_FIELDS = Set.of("id", "kind", "prompt", "tolerance", "zeroCredit",
            "decay", "unit", "error");
    private static final List<String> KINDS = List.of("location", "number");
    private static final List<String> DECAYS = List.of("linear", "exponential");
    private static final List<String> ERROR_MODES = List.of("absolute", "relative");

    public EstimateSpec {
        questions = List.copyOf(questions);
    }

    /** A checked spec: at least one question, ids unique, 0 <= tolerance < zeroCredit. */
    public static EstimateSpec of(List<EstimateQuestion> questions) {
        PlainTree tree = new PlainTree("spec");
        check(tree, tree.given(questions, "questions"));
        tree.throwAsSpecProblems();
        return new EstimateSpec(questions);
    }

    /**
     * Reads {@code questions: [{id, kind: location|number, prompt, tolerance, zeroCredit,
     * decay: linear|exponential}]}, number questions also taking {@code unit} and
     * {@code error: absolute|relative}. Decay defaults to linear, error to absolute; a location's
     * tolerance and zeroCredit are in km.
     */
    public static EstimateSpec fromMap(Map<String, Object> map) {
        PlainTree tree = new PlainTree("spec");
        Map<String, Object> root = tree.fields(map, "", Set.of("questions"));
        List<EstimateQuestion> questions = root == null ? null
                : tree.items(root.get("questions"), "questions", EstimateSpec::readQuestion);
        check(tree, questions);
        tree.throwAsSpecProblems();
        return new EstimateSpec(questions);
    }

    public Map<String, EstimateQuestion> questionsById() {
        Map<String, EstimateQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static EstimateQuestion readQuestion(PlainTree tree, Object node, String at) {
        Map<String, Object> raw = tree.map(node, at);
        if (raw == null) {
            return null;
        }
        String kind = tree.oneOf(raw.get("kind"), path(at, "kind"), KINDS);
        Map<String, Object> f = kind == null ? raw
                : tree.fields(raw, at, "location".equals(kind) ? LOCATION_FIELDS : NUMBER_FIELDS);
        String id = tree.string(f.get("id"), path(at, "id"));
        LocalizedText prompt = tree.localizedText(f.get("prompt"), path(at, "prompt"));
        Double tolerance = tree.number(f.get("tolerance"), path(at, "tolerance"));
        Double zeroCredit = tree.number(f.get("zeroCredit"), path(at, "zeroCredit"));
        String decay = f.containsKey("decay") ? tree.oneOf(f.get("decay"), path(at, "decay"), DECAYS) : "linear";
        String unit = f.containsKey("unit") ? tree.anyString(f.get("unit"), path(at, "unit")) : "";
        String error = f.containsKey("error") ? tree.oneOf(f.get("error"), path(at, "error"), ERROR_MODES)
                : "absolute";
        if (kind == null || id == null || prompt == null || tolerance == null || zeroCredit == null || decay == null
                || unit == null || error == null) {
            return null;
        }
        Decay d = Decay.valueOf(decay.toUpperCase(Locale.ROOT));
        return "location".equals(kind) ? EstimateQuestion.location(id, prompt, tolerance, zeroCredit, d)
                : EstimateQuestion.number(id, prompt, unit, ErrorMode.valueOf(error.toUpperCase(Locale.ROOT)),
                tolerance, zeroCredit, d);
    }

    private static void check(PlainTree tree, List<EstimateQuestion> questions) {
        if (questions == null) {
            return;
        }
        if (questions.isEmpty()) {
            tree.problem("questions", Code.MISSING_VALUE, "at least one question is required");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            EstimateQuestion q = questions.get(i);
            if (q != null) {
                checkQuestion(tree, path("questions", i), q, seen);
            }
        }
    }

    private static void checkQuestion(PlainTree tree, String at, EstimateQuestion q, Set<String> seen) {
        if (q.id() == null || q.id().isBlank() || q.kind() == null || q.decay() == null || q.errorMode() == null
                || q.unit() == null) {
            tree.problem(at, Code.MISSING_VALUE, "needs an id, a kind, a unit, an error mode and a decay");
            return;
        }
        if (!seen.add(q.id())) {
            tree.problem(path(at, "id"), Code.DUPLICATE_ITEM, "'" + q.id() + "' appears twice");
        }
        if (q.prompt() == null || !q.prompt().byLanguage().containsKey(LocalizedText.FALLBACK)) {
            tree.problem(path(at, "prompt"), Code.MISSING_VALUE, "an English text ('en') is required");
        }
        if (q.kind() == QuestionKind.LOCATION && q.errorMode() != ErrorMode.ABSOLUTE) {
            tree.problem(path(at, "error"), Code.OUT_OF_RANGE, "a location's error is a distance in km");
        }
        if (!Double.isFinite(q.tolerance()) || q.tolerance() < 0) {
            tree.problem(path(at, "tolerance"), Code.OUT_OF_RANGE, "must be 0 or more, not " + q.tolerance());
        } else if (!Double.isFinite(q.zeroCredit()) || q.zeroCredit() <= q.tolerance()) {
            tree.problem(path(at, "zeroCredit"), Code.OUT_OF_RANGE,
                    "must be more than the tolerance (" + q.tolerance() + "), not " + q.zeroCredit());
        }
    }
}
