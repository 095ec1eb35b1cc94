package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.Metrics;

/**
 * Grades a chosen set against the key set: matched items are true positives, missed ones false
 * negatives, wrongly claimed ones false positives; the score is the spec's metric of those counts.
 * Pure and deterministic: every list in the result follows the spec's (dataset) order, whatever
 * the order of the answer. One pass over the spec's items with hash look-ups, no sort: linear in
 * the number of items (see {@code docs/benchmarks.md}). The key should come from
 * {@link SetSelectionKey#validated} or {@link SetSelectionKey#fromMap}.
 */
public final class SetSelectionGrader {

    public SetSelectionResult grade(SetSelectionSpec spec, SetSelectionKey key, SetSelectionAnswer answer) {
        List<String> chosenList = answer.chosen();
        Set<String> chosen = HashSet.newHashSet(chosenList.size());
        for (String item : chosenList) {
            if (item == null || item.isBlank() || !chosen.add(item)) {
                throw invalid(spec, answer);
            }
        }
        Set<String> expected = HashSet.newHashSet(key.selected().size());
        expected.addAll(key.selected());
        Map<String, LocalizedText> explanations = key.explanations();
        List<String> matched = new ArrayList<>(Math.min(expected.size(), chosen.size()));
        List<String> missed = new ArrayList<>();
        List<String> wronglyClaimed = new ArrayList<>();
        List<SelectionFeedback> feedback = new ArrayList<>(expected.size() + chosen.size());
        int chosenSeen = 0;
        for (String item : spec.items()) {
            boolean isChosen = chosen.contains(item);
            boolean isExpected = expected.contains(item);
            ItemOutcome outcome;
            if (isChosen) {
                chosenSeen++;
                outcome = isExpected ? ItemOutcome.MATCHED : ItemOutcome.WRONGLY_CLAIMED;
                (isExpected ? matched : wronglyClaimed).add(item);
            } else if (isExpected) {
                outcome = ItemOutcome.MISSED;
                missed.add(item);
            } else {
                continue;
            }
            feedback.add(new SelectionFeedback(item, outcome, explanations.get(item)));
        }
        if (chosenSeen != chosen.size()) {
            // some chosen id is not an item of the spec: let validation name each problem
            throw invalid(spec, answer);
        }
        int tp = matched.size();
        int fp = wronglyClaimed.size();
        int fn = missed.size();
        return new SetSelectionResult(spec.metric().score(tp, fp, fn), spec.metric(),
                Metrics.precision(tp, fp), Metrics.recall(tp, fn), Metrics.f1(tp, fp, fn),
                SelectionMetric.jaccard(tp, fp, fn), matched, missed, wronglyClaimed, feedback);
    }

    private static InvalidAnswerException invalid(SetSelectionSpec spec, SetSelectionAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (problems.isEmpty()) {
            throw new IllegalStateException("the fast check refused an answer that validation accepts");
        }
        return new InvalidAnswerException(problems);
    }
}
