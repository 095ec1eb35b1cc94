package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tnracademy.exercises.Ids;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** A choice exercise: its questions in order and the scoring rule they share. */
public record ChoiceSpec(List<ChoiceQuestion> questions, ChoiceScoring scoring) {

    public ChoiceSpec {
        questions = List.copyOf(questions);
        Objects.requireNonNull(scoring, "scoring");
    }

    /**
     * A checked spec: a scoring rule and at least one question; question ids unique; each question
     * with at least two options whose ids are unique within it. Every problem is named.
     */
    public static ChoiceSpec of(List<ChoiceQuestion> questions, ChoiceScoring scoring) {
        List<SpecProblem> problems = new ArrayList<>();
        if (scoring == null) {
            problems.add(new SpecProblem("scoring", "required: ALL_OR_NOTHING or RIGHT_MINUS_WRONG"));
        }
        if (questions == null || questions.isEmpty()) {
            problems.add(new SpecProblem("questions", "at least one question is required"));
            throw new InvalidSpecException(problems);
        }
        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String field = "questions[" + i + "]";
            ChoiceQuestion q = questions.get(i);
            if (q == null) {
                problems.add(new SpecProblem(field, "must not be empty"));
                continue;
            }
            if (!Ids.isValid(q.id())) {
                problems.add(new SpecProblem(field + ".id", Ids.reason(q.id())));
            } else if (!questionIds.add(q.id())) {
                problems.add(new SpecProblem(field + ".id", "'" + q.id() + "' appears twice"));
            }
            checkOptions(field + ".options", q.options(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ChoiceSpec(questions, scoring);
    }

    private static void checkOptions(String field, List<String> options, List<SpecProblem> problems) {
        if (options.size() < 2) {
            problems.add(new SpecProblem(field, "a question needs at least two options"));
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            String option = options.get(j);
            if (!Ids.isValid(option)) {
                problems.add(new SpecProblem(field + "[" + j + "]", Ids.reason(option)));
            } else if (!seen.add(option)) {
                problems.add(new SpecProblem(field + "[" + j + "]", "'" + option + "' appears twice"));
            }
        }
    }
}
