package org.tnracademy.exercises.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerWords;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.TreeReader;

/** The technique ids a learner tagged the incident with, in any order. */
public record TaggingAnswer(List<String> techniques) {

    public TaggingAnswer {
        techniques = Copies.list(techniques);
    }

    /** An answer checked against the spec. */
    public static TaggingAnswer of(TaggingSpec spec, List<String> techniques) {
        TaggingAnswer answer = new TaggingAnswer(techniques);
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return answer;
    }

    /** Reads an answer from a parsed tree: {@code {techniques: [T0085, T1430]}}; absent means none. */
    public static TaggingAnswer fromMap(TaggingSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        TaggingAnswer answer = new TaggingAnswer(in.optionalTexts("techniques"));
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    public Set<String> techniqueSet() {
        return new HashSet<>(techniques);
    }

    /** Every problem of this answer against the spec: empty ids, ids not in the catalogue, repeats. */
    public List<AnswerProblem> problemsAgainst(TaggingSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < techniques.size(); i++) {
            String id = techniques.get(i);
            String where = "techniques[" + i + "]";
            if (id == null || id.isBlank()) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.MISSING_VALUE, "the technique id is empty"));
            } else if (spec.technique(id) == null) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.UNKNOWN_LABEL,
                        "'" + id + "' is not a technique of this exercise's catalogue", AnswerWords.NOT_A_LABEL, id));
            } else if (!seen.add(id)) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.DUPLICATE_ITEM, "'" + id + "' is tagged twice", AnswerWords.ITEM_TWICE, id));
            }
        }
        return problems;
    }
}
