package org.tnracademy.exercises.estimate;

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

/** A learner's estimates: question id -> a place or a number. Questions left unanswered are absent. */
public record EstimateAnswer(Map<String, Estimate> byQuestion) {

    public EstimateAnswer {
        // HashMap rather than Map.copyOf: null values must reach validation, not fail here
        byQuestion = Collections.unmodifiableMap(new HashMap<>(byQuestion == null ? Map.of() : byQuestion));
    }

    /**
     * Reads {@code answers: {q1: {latitude: 47.1, longitude: 8.2}, q2: 118}} (no {@code answers}:
     * nothing answered) and checks it against the spec, naming each problem by its path, such as
     * {@code answers.q1.latitude}.
     */
    public static EstimateAnswer fromMap(EstimateSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("answer");
        Map<String, Object> root = tree.fields(map, "", Set.of("answers"));
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        Map<String, Object> raw = root == null || !root.containsKey("answers") ? Map.of()
                : tree.map(root.get("answers"), "answers");
        Map<String, EstimateQuestion> questions = spec.questionsById();
        if (raw != null) {
            raw.forEach((id, node) -> {
                EstimateQuestion q = questions.get(id);
                Estimate e = q == null ? null : read(tree, node, path("answers", id), q);
                if (q == null || e != null) {
                    estimates.put(id, e); // an unknown question is reported by check
                }
            });
        }
        check(tree, spec, estimates);
        tree.throwAsAnswerProblems();
        return new EstimateAnswer(estimates);
    }

    /** Every problem of an answer: unknown questions, missing values, the wrong kind, coordinates out of range. */
    public static List<AnswerProblem> problems(EstimateSpec spec, EstimateAnswer answer) {
        PlainTree tree = new PlainTree("answer");
        check(tree, spec, answer.byQuestion());
        return tree.answerProblems();
    }

    private static Estimate read(PlainTree tree, Object node, String at, EstimateQuestion q) {
        if (q.kind() == QuestionKind.LOCATION) {
            if (node instanceof Number) {
                tree.problem(at, Code.WRONG_TYPE, "question '" + q.id() + "' asks for a place {latitude, longitude}");
                return null;
            }
            return EstimateReading.point(tree, tree.fields(node, at, Set.of("latitude", "longitude")), at);
        }
        Double value = tree.number(node, at);
        return value == null ? null : new NumberValue(value);
    }

    /** Questions in spec order, then unknown ones alphabetically, so problems come in the same order every time. */
    private static void check(PlainTree tree, EstimateSpec spec, Map<String, Estimate> estimates) {
        Set<String> unknown = new TreeSet<>(estimates.keySet());
        for (EstimateQuestion q : spec.questions()) {
            if (unknown.remove(q.id())) {
                String problem = EstimateReading.problemWith(estimates.get(q.id()), q);
                if (problem != null) {
                    Estimate e = estimates.get(q.id());
                    tree.problem(path("answers", q.id()), e == null ? Code.MISSING_VALUE
                            : e.kind() != q.kind() ? Code.WRONG_TYPE : Code.OUT_OF_RANGE, problem);
                }
            }
        }
        for (String id : unknown) {
            tree.problem(path("answers", id), Code.UNKNOWN_ITEM, "'" + id + "' is not a question of this exercise");
        }
    }
}
