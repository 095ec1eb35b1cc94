package org.tnracademy.exercises.setselection;

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

/** The items a learner chose as belonging to the campaign, in any order. */
public record SetSelectionAnswer(List<String> chosen) {

    public SetSelectionAnswer {
        chosen = Copies.list(chosen);
    }

    /** An answer checked against the spec. */
    public static SetSelectionAnswer of(SetSelectionSpec spec, List<String> chosen) {
        SetSelectionAnswer answer = new SetSelectionAnswer(chosen);
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return answer;
    }

    /** Reads an answer from a parsed tree: {@code {chosen: [acct-03, acct-11]}}; absent means none chosen. */
    public static SetSelectionAnswer fromMap(SetSelectionSpec spec, Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        SetSelectionAnswer answer = new SetSelectionAnswer(in.optionalTexts("chosen"));
        in.failOnAnswerProblems(answer.problemsAgainst(spec));
        return answer;
    }

    public Set<String> chosenSet() {
        return new HashSet<>(chosen);
    }

    /** Every problem of this answer against the spec: empty, unknown and repeated ids. */
    public List<AnswerProblem> problemsAgainst(SetSelectionSpec spec) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> items = spec.itemSet();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            String item = chosen.get(i);
            String where = "chosen[" + i + "]";
            if (item == null || item.isBlank()) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.MISSING_VALUE, "the item id is empty"));
            } else if (!items.contains(item)) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.UNKNOWN_ITEM,
                        "'" + item + "' is not an item of this dataset", AnswerWords.NOT_AN_ITEM, item));
            } else if (!seen.add(item)) {
                problems.add(new AnswerProblem(where, AnswerProblem.Code.DUPLICATE_ITEM,
                        "'" + item + "' is chosen twice", AnswerWords.ITEM_TWICE, item));
            }
        }
        return problems;
    }
}
