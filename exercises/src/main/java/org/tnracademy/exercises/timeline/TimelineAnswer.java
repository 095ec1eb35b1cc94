package org.tnracademy.exercises.timeline;

import static org.tnracademy.exercises.PlainTree.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.PlainTree;

/**
 * A learner's order: event ids, earliest first. Events left out are unplaced; they are allowed,
 * and every pair they belong to counts as not ordered.
 */
public record TimelineAnswer(List<String> order) {

    public TimelineAnswer {
        // ArrayList rather than List.copyOf: a null item must reach validation, not fail here
        order = Collections.unmodifiableList(new ArrayList<>(order == null ? List.of() : order));
    }

    /** Reads {@code order: [ev-03, ev-01, ...]} (no {@code order}: nothing placed) and checks it against the spec. */
    public static TimelineAnswer fromMap(TimelineSpec spec, Map<String, Object> map) {
        PlainTree tree = new PlainTree("answer");
        Map<String, Object> root = tree.fields(map, "", Set.of("order"));
        List<String> order = root == null || !root.containsKey("order") ? List.of()
                : tree.items(root.get("order"), "order", (t, node, at) -> t.string(node, at));
        if (order != null) {
            check(tree, spec, order);
        }
        tree.throwAsAnswerProblems();
        return new TimelineAnswer(order);
    }

    /** Every problem of an answer: unknown, empty or repeated events. */
    public static List<AnswerProblem> problems(TimelineSpec spec, TimelineAnswer answer) {
        PlainTree tree = new PlainTree("answer");
        List<String> order = answer.order();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == null || order.get(i).isBlank()) {
                tree.problem(path("order", i), Code.MISSING_VALUE, "the event id is empty");
            }
        }
        check(tree, spec, order);
        return tree.answerProblems();
    }

    /** Null and blank items are skipped: already reported. */
    private static void check(PlainTree tree, TimelineSpec spec, List<String> order) {
        Set<String> events = spec.eventIds();
        Map<String, Integer> firstPlace = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            if (id == null || id.isBlank()) {
                continue;
            }
            if (!events.contains(id)) {
                tree.problem(path("order", i), Code.UNKNOWN_ITEM, "'" + id + "' is not an event of this case");
            } else if (firstPlace.putIfAbsent(id, i) != null) {
                tree.problem(path("order", i), Code.DUPLICATE_ITEM,
                        "'" + id + "' is already placed at " + path("order", firstPlace.get(id)));
            }
        }
    }
}
