package org.tnracademy.exercises.setselection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.CheckProblem;
import org.tnracademy.exercises.Checks;
import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;
import org.tnracademy.exercises.TreeReader;

/**
 * A set-selection exercise: the ids of the dataset's items learners choose among, in dataset
 * order, and the metric that scores a choice. The ids are not secret; which are right is the key's.
 */
public record SetSelectionSpec(List<String> items, SelectionMetric metric) {

    public SetSelectionSpec {
        items = Copies.list(items);
    }

    /** A checked spec: at least two items (a choice of one is no choice), ids unique, a metric. */
    public static SetSelectionSpec of(List<String> items, SelectionMetric metric) {
        List<SpecProblem> problems = problemsOf(items, metric);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        return new SetSelectionSpec(items, metric);
    }

    /** Reads a spec from a parsed tree: {@code {items: [acct-01, ...], metric?: f1 | jaccard}}, f1 when absent. */
    public static SetSelectionSpec fromMap(Map<String, Object> map) {
        TreeReader in = TreeReader.of(map);
        List<String> items = in.texts("items");
        SelectionMetric metric = SelectionMetric.fromId(
                in.oneOf("metric", SelectionMetric.ids(), SelectionMetric.F1.id()));
        in.failOnSpecProblems(problemsOf(items, metric));
        return new SetSelectionSpec(items, metric);
    }

    /** The item ids as a set, for look-ups. */
    public Set<String> itemSet() {
        return new HashSet<>(items);
    }

    static List<SpecProblem> problemsOf(List<String> items, SelectionMetric metric) {
        List<SpecProblem> problems = new ArrayList<>();
        if (items == null || items.size() < 2) {
            problems.add(SpecProblem.of("items", "at least two items are required", CheckProblem.AT_LEAST, 2));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                Checks.itemId(items.get(i), "items[" + i + "]", seen, problems);
            }
        }
        if (metric == null) {
            problems.add(SpecProblem.of("metric", "must be one of " + SelectionMetric.ids(), CheckProblem.ONE_OF, String.join(", ", SelectionMetric.ids())));
        }
        return problems;
    }
}
