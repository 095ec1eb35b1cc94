package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tnracademy.exercises.Ids;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** A short-answer exercise as grading sees it: its question ids in order. Prompts belong to the content. */
public record ShortAnswerSpec(List<String> questions) {

    public ShortAnswerSpec {
        questions = List.copyOf(questions);
    }

    /** A checked spec: at least one question, ids in the usual form and unique. Every problem is named. */
    public static ShortAnswerSpec of(List<String> questions) {
        if (questions == null || questions.isEmpty()) {
            throw InvalidSpecException.of("questions", "at least one question is required");
        }
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i);
            if (!Ids.isValid(id)) {
                problems.add(new SpecProblem("questions[" + i + "]", Ids.reason(id)));
            } else if (!seen.add(id)) {
                problems.add(new SpecProblem("questions[" + i + "]", "'" + id + "' appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ShortAnswerSpec(questions);
    }
}
