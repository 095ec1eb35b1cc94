package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Metrics;

/**
 * Grades a chosen set against the key set: matched items are true positives, missed ones false
 * negatives, wrongly claimed ones false positives; the score is the spec's metric of those counts.
 * Pure and deterministic: every list in the result is sorted, whatever the order of the answer.
 * The key should come from {@link SetSelectionKey#validated} or {@link SetSelectionKey#fromMap}.
 */
public final class SetSelectionGrader {

    public SetSelectionResult grade(SetSelectionSpec spec, SetSelectionKey key, SetSelectionAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Set<String> expected = key.selectedSet();
        Set<String> chosen = answer.chosenSet();
        TreeSet<String> matched = new TreeSet<>();
        TreeSet<String> missed = new TreeSet<>();
        TreeSet<String> wronglyClaimed = new TreeSet<>();
        for (String item : expected) {
            (chosen.contains(item) ? matched : missed).add(item);
        }
        for (String item : chosen) {
            if (!expected.contains(item)) {
                wronglyClaimed.add(item);
            }
        }
        int tp = matched.size();
        int fp = wronglyClaimed.size();
        int fn = missed.size();
        return new SetSelectionResult(spec.metric().score(tp, fp, fn), spec.metric(),
                Metrics.precision(tp, fp), Metrics.recall(tp, fn), Metrics.f1(tp, fp, fn),
                SelectionMetric.jaccard(tp, fp, fn), List.copyOf(matched), List.copyOf(missed),
                List.copyOf(wronglyClaimed), feedback(key, matched, missed, wronglyClaimed));
    }

    private static List<SelectionFeedback> feedback(SetSelectionKey key, Set<String> matched, Set<String> missed,
                                                    Set<String> wronglyClaimed) {
        TreeSet<String> all = new TreeSet<>(matched);
        all.addAll(missed);
        all.addAll(wronglyClaimed);
        List<SelectionFeedback> items = new ArrayList<>(all.size());
        for (String item : all) {
            ItemOutcome outcome = matched.contains(item) ? ItemOutcome.MATCHED
                    : missed.contains(item) ? ItemOutcome.MISSED : ItemOutcome.WRONGLY_CLAIMED;
            items.add(new SelectionFeedback(item, outcome, key.explanations().get(item)));
        }
        return items;
    }
}
