package org.tnracademy.exercises.estimate;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.PlainTree;

/** The answer key: the true place or value of every question, with an explanation. */
public record EstimateKey(List<KeyAnswer> answers) {

    public EstimateKey {
        answers = List.copyOf(answers);
    }

    /**
     * A key checked against its spec: every question answered once, with a value of its kind and
     * in range, and an English explanation; a relative error needs a true value other than 0.
     */
    public static EstimateKey validated(EstimateSpec spec, List<KeyAnswer> answers) {
        PlainTree tree = new PlainTree("key");
        check(tree, spec, tree.given(answers, "key.answers"));
        tree.throwAsSpecProblems();
        return new EstimateKey(answers);
    }

    /**
     * Reads {@code answers: [{question, latitude, longitude, explanation}]} for a location and
     * {@code [{question, value, explanation}]} for a number; an {@code exercise} field is ignored.
     */
    public static EstimateKey fromMap(EstimateSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("key");
        Map<String, Object> root = tree.fields(map, "key", Set.of("exercise", "answers"));
        Map<String, EstimateQuestion> questions = spec.questionsById();
        List<KeyAnswer> answers = root == null ? null : tree.items(root.get("answers"), "key.answers",
                (t, node, at) -> readAnswer(t, node, at, questions));
        check(tree, spec, answers);
        tree.throwAsSpecProblems();
        return new EstimateKey(answers);
    }

    public Map<String, KeyAnswer> byQuestion() {
        Map<String, KeyAnswer> byQuestion = new LinkedHashMap<>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a));
        return byQuestion;
    }

    private static KeyAnswer readAnswer(PlainTree tree, Object node, String at,
                                        Map<String, EstimateQuestion> questions) {
        Map<String, Object> raw = tree.map(node, at);
        if (raw == null) {
            return null;
        }
        String id = tree.string(raw.get("question"), path(at, "question"));
        EstimateQuestion question = id == null ? null : questions.get(id);
        if (id != null && question == null) {
            tree.problem(path(at, "question"), Code.UNKNOWN_ITEM, "'" + id + "' is not a question of the spec");
            return null;
        }
        if (question == null) {
            return null;
        }
        boolean location = question.kind() == QuestionKind.LOCATION;
        Map<String, Object> f = tree.fields(raw, at, location ? Set.of("question", "latitude", "longitude",
                "explanation") : Set.of("question", "value", "explanation"));
        Estimate expected = location ? EstimateReading.point(tree, f, at) : EstimateReading.number(tree, f, at);
        LocalizedText explanation = tree.localizedText(f.get("explanation"), path(at, "explanation"));
        return expected == null || explanation == null ? null : new KeyAnswer(id, expected, explanation);
    }

    private static void check(PlainTree tree, EstimateSpec spec, List<KeyAnswer> answers) {
        if (answers == null) {
            return;
        }
        Map<String, EstimateQuestion> questions = spec.questionsById();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            KeyAnswer a = answers.get(i);
            if (a != null) {
                checkAnswer(tree, path("key.answers", i), a, questions, answered);
            }
        }
        // an item that could not be read may be the missing one: only say so when all were read
        if (answers.stream().allMatch(a -> a != null)) {
            for (String id : questions.keySet()) {
                if (!answered.contains(id)) {
                    tree.problem("key.answers", Code.MISSING_VALUE, "question '" + id + "' has no answer");
                }
            }
        }
    }

    private static void checkAnswer(PlainTree tree, String at, KeyAnswer a, Map<String, EstimateQuestion> questions,
                                    Set<String> answered) {
        EstimateQuestion q = a.questionId() == null ? null : questions.get(a.questionId());
        if (q == null) {
            tree.problem(path(at, "question"), Code.UNKNOWN_ITEM,
                    "'" + a.questionId() + "' is not a question of the spec");
            return;
        }
        if (!answered.add(q.id())) {
            tree.problem(path(at, "question"), Code.DUPLICATE_ITEM, "'" + q.id() + "' is answered twice");
        }
        String problem = EstimateReading.problemWith(a.expected(), q);
        if (problem != null) {
            tree.problem(at, a.expected() == null || a.expected().kind() != q.kind() ? Code.WRONG_TYPE
                    : Code.OUT_OF_RANGE, problem);
        } else if (q.errorMode() == ErrorMode.RELATIVE && ((NumberValue) a.expected()).value() == 0) {
            tree.problem(path(at, "value"), Code.OUT_OF_RANGE,
                    "a relative error is measured against the true value, which cannot be 0");
        }
        if (a.explanation() == null || !a.explanation().byLanguage().containsKey(LocalizedText.FALLBACK)) {
            tree.problem(path(at, "explanation"), Code.MISSING_VALUE, "an English explanation ('en') is required");
        }
    }
}
