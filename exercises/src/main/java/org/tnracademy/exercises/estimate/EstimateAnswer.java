package org.tnracademy.exercises.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.TreeReader;

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
        TreeReader in = TreeReader.of(map);
        TreeReader answers = in.optionalChild("answers");
        Map<String, EstimateQuestion> questions = spec.questionsById();
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        for (String id : answers.fields()) {
            EstimateQuestion q = questions.get(id);
            if (q == null) {
                estimates.put(id, null); // an unknown question is named by the checks
                continue;
            }
            Estimate e = read(answers, id, q);
            if (e != null) {
                estimates.put(id, e);
            }
        }
        EstimateAnswer answer = new EstimateAnswer(estimates);
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /**
     * Every problem of this answer against the spec: unknown questions, missing values, the wrong
     * kind, coordinates out of range. Questions come in spec order, then unknown ones alphabetically,
     * so problems come in the same order every time.
     */
    public List<AnswerProblem> problemsAgainst(EstimateSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(byQuestion.keySet());
        for (EstimateQuestion q : spec.questions()) {
            if (unknown.remove(q.id())) {
                Estimate e = byQuestion.get(q.id());
                String problem = EstimateReading.problemWith(e, q);
                if (problem != null) {
                    problems.add(new AnswerProblem("answers." + q.id(), e == null ? Code.MISSING_VALUE
                            : e.kind() != q.kind() ? Code.WRONG_TYPE : Code.OUT_OF_RANGE, problem));
                }
            }
        }
        for (String id : unknown) {
            problems.add(new AnswerProblem("answers." + id, Code.UNKNOWN_ITEM,
                    "'" + id + "' is not a question of this exercise", AnswerWords.NOT_AN_ITEM, id));
        }
        return problems;
    }

    /** A place is a map {latitude, longitude}, a number a bare number; null when it cannot be read. */
    private static Estimate read(TreeReader answers, String id, EstimateQuestion q) {
        if (q.kind() == QuestionKind.NUMBER) {
            Double value = answers.number(id);
            return value == null ? null : new NumberValue(value);
        }
        if (answers.has(id) && !answers.isMap(id)) {
            answers.problem(answers.pathOf(id), TreeReader.Issue.WRONG_TYPE,
                    "question '" + id + "' asks for a place {latitude, longitude}",
                    EstimateProblem.WANTS_A_PLACE, id);
            return null;
        }
        return EstimateReading.point(answers.child(id));
    }
}
