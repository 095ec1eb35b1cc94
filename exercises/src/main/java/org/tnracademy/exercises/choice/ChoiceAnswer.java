package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/** A learner's picks: question id -> option ids picked. A question absent or with no pick is unanswered. */
public record ChoiceAnswer(Map<String, List<String>> picks) {

    public ChoiceAnswer {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (picks != null) {
            picks.forEach((question, options) -> copy.put(question, Copies.list(options)));
        }
        picks = Collections.unmodifiableMap(copy);
    }

    /** An answer checked against the spec. */
    public static ChoiceAnswer of(ChoiceSpec spec, Map<String, List<String>> picks) {
        ChoiceAnswer answer = new ChoiceAnswer(picks);
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return answer;
    }

    /** Reads an answer from a parsed tree: {@code {picks: {q1: [a], q2: [b, d]}}}. */
    public static ChoiceAnswer fromMap(ChoiceSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        TreeReader picksIn = in.optionalChild("picks");
        Map<String, List<String>> picks = new LinkedHashMap<>();
        for (String question : picksIn.fields()) {
            picks.put(question, picksIn.optionalTexts(question));
        }
        ChoiceAnswer answer = new ChoiceAnswer(picks);
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /** The options picked for a question, without repeats; empty when unanswered. */
    public Set<String> picked(String questionId) {
        return new HashSet<>(picks.getOrDefault(questionId, List.of()));
    }

    /**
     * Every problem of this answer against the spec: unknown questions or options, empty or
     * repeated picks, and more than one pick on a single-choice question.
     */
    public List<AnswerProblem> problemsAgainst(ChoiceSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        // sorted so the problems come in the same order every time
        for (String questionId : new TreeSet<>(picks.keySet())) {
            String where = "picks." + questionId;
            ChoiceQuestion question = spec.question(questionId);
            if (question == null) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + questionId + "' is not a question of this exercise", AnswerWords.NOT_AN_ITEM, questionId));
                continue;
            }
            checkPicks(question, picks.get(questionId), where, problems);
        }
        return problems;
    }

    private static void checkPicks(ChoiceQuestion question, List<String> options, String where,
                                   List<AnswerProblem> problems) {
        Set<String> known = new HashSet<>(question.optionIds());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String at = where + "[" + i + "]";
            if (option == null || option.isBlank()) {
                problems.add(new AnswerProblem(at, AnswerProblem.Code.MISSING_VALUE, "the option is empty"));
            } else if (!known.contains(option)) {
                problems.add(new AnswerProblem(at, AnswerProblem.Code.UNKNOWN_LABEL,
                        "'" + option + "' is not one of the options " + question.optionIds()));
            } else if (!seen.add(option)) {
                problems.add(new AnswerProblem(at, AnswerProblem.Code.DUPLICATE_ITEM,
                        "'" + option + "' is picked twice", AnswerWords.ITEM_TWICE, option));
            }
        }
        if (question.kind() == QuestionKind.SINGLE && seen.size() > 1) {
            problems.add(new AnswerProblem(where, AnswerProblem.Code.OUT_OF_RANGE,
                    "a single-choice question takes one option, " + seen.size() + " were picked"));
        }
    }
}
