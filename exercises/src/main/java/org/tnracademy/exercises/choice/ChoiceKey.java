package org.tnracademy.exercises.choice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** The answer key: question id -> right options and explanations. */
public record ChoiceKey(Map<String, QuestionKey> questions) {

    public ChoiceKey {
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    }

    /**
     * A key checked against its spec: one entry per question and none for other ids; each entry with
     * at least one right option (exactly one for a single-choice question), all of them options of
     * the question, as are the options it explains. Every problem is named.
     */
    public static ChoiceKey validated(ChoiceSpec spec, Map<String, QuestionKey> questions) {
        Map<String, QuestionKey> entries = questions == null ? Map.of() : questions;
        List<SpecProblem> problems = new ArrayList<>();
        Set<String> specIds = new HashSet<>();
        for (ChoiceQuestion q : spec.questions()) {
            specIds.add(q.id());
            QuestionKey key = entries.get(q.id());
            if (key == null) {
                problems.add(new SpecProblem("key." + q.id(), "the question has no key"));
            } else {
                check("key." + q.id(), q, key, problems);
            }
        }
        entries.keySet().stream().filter(id -> !specIds.contains(id)).sorted()
                .forEach(id -> problems.add(new SpecProblem("key." + id, "is not a question of the exercise")));
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new ChoiceKey(entries);
    }

    private static void check(String field, ChoiceQuestion q, QuestionKey key, List<SpecProblem> problems) {
        Set<String> options = new HashSet<>(q.options());
        Set<String> seen = new HashSet<>();
        for (String option : key.correct()) {
            if (!options.contains(option)) {
                problems.add(new SpecProblem(field + ".correct", "'" + option + "' is not an option of the question"));
            } else if (!seen.add(option)) {
                problems.add(new SpecProblem(field + ".correct", "'" + option + "' appears twice"));
            }
        }
        if (key.correct().isEmpty()) {
            problems.add(new SpecProblem(field + ".correct", "at least one option must be right"));
        } else if (!q.multiple() && key.correct().size() > 1) {
            problems.add(new SpecProblem(field + ".correct", "a single-choice question has exactly one right option"));
        }
        key.explanations().keySet().stream().filter(option -> !options.contains(option)).sorted()
                .forEach(option -> problems.add(new SpecProblem(field + ".explanations." + option,
                        "is not an option of the question")));
    }
}
