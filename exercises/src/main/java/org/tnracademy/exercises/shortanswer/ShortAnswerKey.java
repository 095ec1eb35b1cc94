package org.tnracademy.exercises.shortanswer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** The answer key: question id -> accepted answers and patterns. */
public record ShortAnswerKey(Map<String, AcceptedAnswers> questions) {

    public ShortAnswerKey {
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /**
     * A key checked against its spec: one entry per question and none for other ids; each entry with
     * at least one answer or pattern, no answer blank once normalised, every pattern a valid regular
     * expression. Every problem is named.
     */
    public static ShortAnswerKey validated(ShortAnswerSpec spec, Map<String, AcceptedAnswers> questions) {
        Map<String, AcceptedAnswers> entries = questions == null ? Map.of() : questions;
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> specIds = new HashSet<>(spec.questions());
        for (String id : spec.questions()) {
            AcceptedAnswers accepted = entries.get(id);
            if (accepted == null) {
                problems.add(new SpecProblem("key." + id, "the question has no key"));
            } else {
                check("key." + id, accepted, problems);
            }
        }
        entries.keySet().stream().filter(id -> !specIds.contains(id)).sorted()
                .forEach(id -> problems.add(new SpecProblem("key." + id, "is not a question of the exercise")));
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ShortAnswerKey(entries);
    }

    private static void check(String field, AcceptedAnswers accepted, List<SpecProblem> problems) {
        if (accepted.answers().isEmpty() && accepted.patterns().isEmpty()) {
            problems.add(new SpecProblem(field, "at least one answer or pattern is required"));
        }
        for (int i = 0; i < accepted.answers().size(); i++) {
            String answer = accepted.answers().get(i);
            if (answer == null || AnswerNormalizer.normalize(answer).isEmpty()) {
                problems.add(new SpecProblem(field + ".answers[" + i + "]", "must not be blank"));
            }
        }
        for (int i = 0; i < accepted.patterns().size(); i++) {
            String pattern = accepted.patterns().get(i);
            String where = field + ".patterns[" + i + "]";
            if (pattern == null || pattern.isEmpty()) {
                problems.add(new SpecProblem(where, "must not be empty"));
                continue;
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(new SpecProblem(where, "not a valid regular expression: " + e.getDescription()));
            }
        }
    }
}
