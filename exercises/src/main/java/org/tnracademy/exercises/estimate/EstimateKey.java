package org.tnracademy.exercises.estimate;

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
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/** The answer key: the true place or value of every question, with an explanation. */
public record EstimateKey(List<KeyAnswer> answers) {

    public EstimateKey {
        answers = Copies.list(answers);
    }

    /**
     * A key checked against its spec: every question answered once, with a value of its kind and
     * in range, and an English explanation; a relative error needs a true value other than 0.
     */
    public static EstimateKey validated(EstimateSpec spec, List<KeyAnswer> answers) {
        List<SpecProblem> problems = new ArrayList<>();
        Checks.nullItems(answers, "answers").forEach(at -> problems.add(SpecProblem.of(at, "is required", ReadProblem.REQUIRED)));
        problems.addAll(problemsOf(spec, answers));
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new EstimateKey(answers);
    }

    /**
     * Reads {@code answers: [{question, latitude, longitude, explanation}]} for a location and
     * {@code [{question, value, explanation}]} for a number; an {@code exercise} field naming the
     * exercise, as key files carry, is allowed and ignored.
     */
    public static EstimateKey fromMap(EstimateSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map).allow("exercise");
        Map<String, EstimateQuestion> questions = spec.questionsById();
        List<KeyAnswer> answers = new ArrayList<>();
        for (TreeReader a : in.objects("answers")) {
            answers.add(readAnswer(a, questions));
        }
        in.failOnSpecProblems(problemsOf(spec, answers));
        return new EstimateKey(answers);
    }

    public Map<String, KeyAnswer> byQuestion() {
        Map<String, KeyAnswer> byQuestion = new LinkedHashMap<>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a));
        return byQuestion;
    }

    /** The question's kind says which fields hold the value; null when the value cannot be read. */
    private static KeyAnswer readAnswer(TreeReader a, Map<String, EstimateQuestion> questions) {
        String id = a.text("question");
        LocalizedText explanation = a.localized("explanation");
        EstimateQuestion question = id == null ? null : questions.get(id);
        if (question == null) {
            // which fields hold the value is not known: the question is named by the checks
            a.allow("latitude", "longitude", "value");
            return new KeyAnswer(id, null, explanation);
        }
        Estimate expected = question.kind() == QuestionKind.LOCATION ? EstimateReading.point(a)
                : EstimateReading.number(a);
        return expected == null ? null : new KeyAnswer(id, expected, explanation);
    }

    /** Null answers could not be read and are skipped. */
    private static List<SpecProblem> problemsOf(EstimateSpec spec, List<KeyAnswer> answers) {
        List<SpecProblem> problems = new ArrayList<>();
        List<KeyAnswer> list = answers == null ? List.of() : answers;
        Map<String, EstimateQuestion> questions = spec.questionsById();
        Set<String> answered = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            KeyAnswer a = list.get(i);
            if (a == null) {
                complete = false;
            } else if (!checkAnswer("answers[" + i + "]", a, questions, answered, problems)) {
                complete = false;
            }
        }
        // an answer that could not be read may be the missing one: only say so when all were read
        if (complete) {
            for (String id : questions.keySet()) {
                if (!answered.contains(id)) {
                    problems.add(SpecProblem.of("answers", "question '" + id + "' has no answer",
                            CheckProblem.NOT_KEYED, id));
                }
            }
        }
        return problems;
    }

    /** False when the answer names no question of the spec. */
    private static boolean checkAnswer(String at, KeyAnswer a, Map<String, EstimateQuestion> questions,
                                       Set<String> answered, List<SpecProblem> problems) {
        EstimateQuestion q = a.questionId() == null ? null : questions.get(a.questionId());
        if (a.questionId() == null) {
            problems.add(SpecProblem.of(at + ".question", "is required", ReadProblem.REQUIRED));
        } else if (q == null) {
            problems.add(SpecProblem.of(at + ".question", "'" + a.questionId() + "' is not a question of the spec", CheckProblem.NOT_DEFINED, a.questionId()));
        } else {
            if (!answered.add(q.id())) {
                problems.add(SpecProblem.of(at + ".question", "'" + q.id() + "' is answered twice", CheckProblem.DUPLICATE, q.id()));
            }
            String problem = EstimateReading.problemWith(a.expected(), q);
            if (problem != null) {
                problems.add(new SpecProblem(at, problem, EstimateReading.messageOf(a.expected(), q)));
            } else if (q.errorMode() == ErrorMode.RELATIVE && ((NumberValue) a.expected()).value() == 0) {
                problems.add(SpecProblem.of(at + ".value",
                        "a relative error is measured against the true value, which cannot be 0",
                        EstimateProblem.RELATIVE_TRUE_ZERO));
            }
        }
        Checks.text(a.explanation(), at + ".explanation", problems);
        return q != null;
    }
}
