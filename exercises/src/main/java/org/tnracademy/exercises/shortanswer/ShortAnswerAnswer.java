package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/** A learner's typed values: blank id -> value as typed. A blank absent, null or blank is unanswered. */
public record ShortAnswerAnswer(Map<String, String> values) {

    public ShortAnswerAnswer {
        values = Copies.map(values);
    }

    /** An answer checked against the spec. */
    public static ShortAnswerAnswer of(ShortAnswerSpec spec, Map<String, String> values) {
        ShortAnswerAnswer answer = new ShortAnswerAnswer(values);
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return answer;
    }

    /** Reads an answer from a parsed tree: {@code {values: {handle: "@nadia_k_syn", date: "2024-03-01"}}}. */
    public static ShortAnswerAnswer fromMap(ShortAnswerSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        TreeReader valuesIn = in.optionalChild("values");
        Map<String, String> values = new LinkedHashMap<>();
        for (String blank : valuesIn.fields()) {
            values.put(blank, valuesIn.optionalText(blank, null));
        }
        ShortAnswerAnswer answer = new ShortAnswerAnswer(values);
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /** The value typed into a blank, or "" when unanswered. */
    public String value(String blankId) {
        String value = values.get(blankId);
        return value == null ? "" : value;
    }

    /** Every problem of this answer against the spec: unknown blanks and values longer than allowed. */
    public List<AnswerProblem> problemsAgainst(ShortAnswerSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        // sorted so the problems come in the same order every time
        for (String blankId : new TreeSet<>(values.keySet())) {
            String where = "values." + blankId;
            Blank blank = spec.blank(blankId);
            int length = AnswerNormalization.length(values.get(blankId));
            if (blank == null) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + blankId + "' is not a blank of this exercise", AnswerWords.NOT_AN_ITEM, blankId));
            } else if (length > blank.maxLength()) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.OUT_OF_RANGE,
                        "the value has " + length + " characters, at most " + blank.maxLength() + " are allowed"));
            }
        }
        return problems;
    }
}
