package org.tnracademy.exercises.written;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/** A learner's written analysis, as submitted for an instructor to grade. */
public record WrittenAnswer(String text) {

    /** A submission checked against the spec: not blank, and no longer than allowed. */
    public static WrittenAnswer of(WrittenSpec spec, String text) {
        WrittenAnswer answer = new WrittenAnswer(text);
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return answer;
    }

    /** Reads a submission from a parsed tree: {@code {text: "..."}}. */
    public static WrittenAnswer fromMap(WrittenSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        WrittenAnswer answer = new WrittenAnswer(in.text("text"));
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    /** The length as people count it, in Unicode code points. */
    public int length() {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** A blank text is a problem, not a zero: there is nothing for an instructor to grade. */
    public List<AnswerProblem> problemsAgainst(WrittenSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new AnswerProblem("text", AnswerProblem.Code.MISSING_VALUE, "the analysis is empty"));
        } else if (length() > spec.maxLength()) {
            problems.add(new AnswerProblem("text", AnswerProblem.Code.OUT_OF_RANGE,
                    "the analysis has " + length() + " characters, at most " + spec.maxLength() + " are allowed"));
        }
        return problems;
    }
}
